import {
  num,
  type PluginAsker,
  type PluginContext,
  say,
  toLocalDate,
  type WorkItem,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../manifest';

const day = (v: unknown) =>
  v == null ? undefined : typeof v === 'string' ? v.slice(0, 10) : toLocalDate(v as Date);

/**
 * 待办 of this model. Reviewers (an admin of an org strictly above the community, or a city admin — who the review
 * routes accept): assessments in review. A community's own org admin: its self-assessments not yet submitted, due by
 * the end of the campaign's period. Everyone managing: open rectifications in reach, earliest due date first.
 */
export async function workQueue(ctx: PluginContext<Config>, asker: PluginAsker): Promise<WorkItem[]> {
  const access = asker.access;
  if (access.level === 'self') return [];
  const cityId = asker.cityId;
  const today = toLocalDate(ctx.clock.now());
  const inReach = (col: string) =>
    access.level === 'city'
      ? sql<boolean>`true`
      : sql<boolean>`(${sql.join(
          access.paths.map((p) => sql`${sql.ref(col)} like ${`${p}%`}`),
          sql` or `,
        )})`;
  // Strictly above the community: a grant on the community itself fills in, it does not review.
  const reviews = (col: string) =>
    access.level === 'city'
      ? sql<boolean>`true`
      : sql<boolean>`(${sql.join(
          access.paths.map((p) => sql`(${sql.ref(col)} like ${`${p}%`} and ${sql.ref(col)} <> ${p})`),
          sql` or `,
        )})`;
  const own = (col: string) =>
    access.level === 'city'
      ? sql<boolean>`false`
      : sql<boolean>`${sql.ref(col)} in (${sql.join(access.paths)})`;

  const r = (
    await sql<Record<string, unknown>>`
    select
      (select count(*) from p_jinan_standards.assessment a
        join core.org o on o.city_id = a.city_id and o.id = a.community_org_id
        where a.city_id = ${cityId} and a.state = 'in_review' and ${reviews('o.path')}) as to_review,
      (select count(*) from p_jinan_standards.assessment a
        join core.org o on o.city_id = a.city_id and o.id = a.community_org_id
        join p_jinan_standards.campaign c on c.city_id = a.city_id and c.id = a.campaign_id
        where a.city_id = ${cityId} and a.state in ('planned', 'in_progress') and ${own('o.path')}) as to_fill,
      (select min(c.period_to) from p_jinan_standards.assessment a
        join core.org o on o.city_id = a.city_id and o.id = a.community_org_id
        join p_jinan_standards.campaign c on c.city_id = a.city_id and c.id = a.campaign_id
        where a.city_id = ${cityId} and a.state in ('planned', 'in_progress') and ${own('o.path')}) as fill_due,
      (select count(*) from p_jinan_standards.assessment a
        join core.org o on o.city_id = a.city_id and o.id = a.community_org_id
        join p_jinan_standards.campaign c on c.city_id = a.city_id and c.id = a.campaign_id
        where a.city_id = ${cityId} and a.state in ('planned', 'in_progress') and ${own('o.path')} and c.period_to < ${today}) as fill_overdue,
      (select count(*) from p_jinan_standards.rectification x
        join core.org o on o.city_id = x.city_id and o.id = x.community_org_id
        where x.city_id = ${cityId} and x.status = 'open' and ${inReach('o.path')}) as rectifications,
      (select min(x.due_date) from p_jinan_standards.rectification x
        join core.org o on o.city_id = x.city_id and o.id = x.community_org_id
        where x.city_id = ${cityId} and x.status = 'open' and ${inReach('o.path')}) as rect_due,
      (select count(*) from p_jinan_standards.rectification x
        join core.org o on o.city_id = x.city_id and o.id = x.community_org_id
        where x.city_id = ${cityId} and x.status = 'open' and ${inReach('o.path')} and x.due_date < ${today}) as rect_overdue`.execute(
      ctx.db,
    )
  ).rows[0]!;
  return [
    {
      id: 'assessments_to_review',
      kind: 'manage',
      title: say('待审核的社区自评', 'Assessments to review'),
      count: num(r.to_review),
      href: 'assessments',
    },
    {
      id: 'assessments_to_fill',
      kind: 'manage',
      title: say('待完成的社区自评', 'Self-assessments to complete'),
      count: num(r.to_fill),
      href: 'assessments',
      dueOn: day(r.fill_due),
      overdue: num(r.fill_overdue),
    },
    {
      id: 'rectifications_open',
      kind: 'manage',
      title: say('未销号的整改事项', 'Open rectifications'),
      count: num(r.rectifications),
      href: 'rectifications',
      dueOn: day(r.rect_due),
      overdue: num(r.rect_overdue),
    },
  ];
}
