import { type PluginPageProps, Section, tr } from '@jiceng/ui';
import { Tabs } from 'antd';
import { useMemo } from 'react';
import { LedgerTab } from './ledger-tab';
import { DailyTab, OverdueTab, WeeklyTab } from './summary-tabs';

export default function DemandsPage(props: PluginPageProps) {
  const t = useMemo(() => tr(props.locale), [props.locale]);
  return (
    <Section title={t('群众诉求五类台账', 'Resident demands: the five ledgers')}>
      <Tabs
        items={[
          { key: 'ledger', label: t('台账', 'Ledger'), children: <LedgerTab {...props} /> },
          { key: 'overdue', label: t('超期预警', 'Overdue'), children: <OverdueTab {...props} /> },
          { key: 'daily', label: t('日汇总', 'Daily summary'), children: <DailyTab {...props} /> },
          { key: 'weekly', label: t('周分析', 'Weekly analysis'), children: <WeeklyTab {...props} /> },
        ]}
      />
    </Section>
  );
}
