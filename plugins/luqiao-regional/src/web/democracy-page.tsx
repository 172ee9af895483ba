import type { PluginPageProps } from '@jiceng/ui';
import { Elections } from './democracy-elections';
import { ReceptionDays } from './democracy-reception';

/** 党内民主: 无候选人直选 of the regional committee, and the monthly 党代表接待日. */
export default function DemocracyPage({ api, locale }: PluginPageProps) {
  return (
    <div data-testid="democracy-page">
      <Elections api={api} locale={locale} />
      <ReceptionDays api={api} locale={locale} />
    </div>
  );
}
