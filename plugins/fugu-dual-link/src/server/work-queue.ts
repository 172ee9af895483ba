import {
  type PluginAsker,
  type PluginContext,
  scopeCondition,
  toLocalDate,
  type WorkItem,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { FLAG_KINDS, FLAG_LABELS, type FlagKind } from '../shared/terms';
import type { Config } from '../manifest';
import { S } from './common';
import { computeFlags, type Flag, type Scope } from './rules/evaluate';
import type { FuguTables } from './db';

/** Flags that say something is already late: each of them counts as overdue. */
const LATE: readonly FlagKind[] = [
  'quarter_report_missed',
  'feedback_overdue',
  'joint_meeting_missing',
  'campaign_step_overdue',
];

/** Where each flag is acted on in the model's pages. */
const HREF: Partial<Record<FlagKind, string>> = {
  quarter_report_due: 'activities',
  quarter_report_missed: 'activities',
  practical_things_due: 'activities',
  absent_half_year: 'registrations',
  feedback_overdue: 'feedback',
  joint_meeting_missing: 'feedback',
  flowing_transfer_suggested: 'flowing',
  flowing_no_org_life: 'flowing',
  campaign_step_overdue: 'campaign',
};

/** The day a flag is due by, when the rule names one. */
function dueOf(flag: Flag): string | undefined {
  const d = flag.detail ?? {};
  if (flag.kind === 'quarter_report_due') return d.by as string;
  if (flag.kind === 'practical_things_due') return `${d.year as string}-12-31`;
  if (flag.kind === 'feedback_overdue') return d.due as string;
  if (flag.kind === 'campaign_step_overdue') return d.deadline as string;
  return undefined;
}

/**
 * 待办 of this model for those who manage (the same flags the 提醒与通知 page shows, in the asker's reach): one line
 * per kind of flag — quarterly reports, practical things, overdue feedback cards, joint meetings, flowing members,
 * rollout steps — and the unread notices to the orgs they manage.
 */
export async function workQueue(
  ctx: PluginContext<Config, FuguTables>,
  asker: PluginAsker,
): Promise<WorkItem[]> {
  const access = asker.access;
  if (access.level === 'self') return [];
  const scope: Scope = access.level === 'city' ? null : access.paths;
  const today = toLocalDate(ctx.clock.now());
  const flags = await computeFlags(ctx.db, asker.cityId, today, await ctx.configFor(asker.cityId), scope);
  const items: WorkItem[] = FLAG_KINDS.map((kind) => {
    const mine = flags.filter((f) => f.kind === kind);
    const dues = mine
      .map(dueOf)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id: kind,
      kind: 'manage',
      title: FLAG_LABELS[kind],
      count: mine.length,
      href: HREF[kind] ?? 'rules',
      ...(dues[0] ? { dueOn: dues[0] } : {}),
      ...(LATE.includes(kind) ? { overdue: mine.length } : {}),
    };
  });
  const reach = scopeCondition(access, ['o.path']);
  const unread = (
    await sql<{ n: unknown }>`select count(*) as n from ${sql.table(`${S}.notice`)} n
      left join core.org o on o.city_id = n.city_id and o.id = n.to_org_id
      where n.city_id = ${asker.cityId} and n.read_on is null and ${reach}`.execute(ctx.db)
  ).rows[0];
  items.push({
    id: 'notices_unread',
    kind: 'manage',
    title: { 'zh-CN': '未读通知', en: 'Unread notices' },
    count: Number(unread?.n ?? 0),
    href: 'rules',
  });
  return items;
}
