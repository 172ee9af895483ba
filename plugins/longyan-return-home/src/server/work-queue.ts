import type { PluginAsker, PluginContext, WorkItem } from '@jiceng/plugin-kit';
import { num, say, scopeCondition, todayOf } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import { periodOf } from '../shared/model';
import { loadMember, S } from './common';
import type { LongyanTables } from './db';
import { ruleTarget } from './reports/rule';

const schema = sql.raw(S);

/** Org ids the asker administers directly: only "the community org" confirms reports and service records. */
const ownOrgIds = (asker: PluginAsker) =>
  asker.actor.grants
    .filter((g) => g.role === 'org_admin' && g.cityId === asker.cityId && g.orgId != null)
    .map((g) => g.orgId!);

const anyOf = (ids: number[]) => (ids.length ? sql`in (${sql.join(ids)})` : sql`in (null)`);

/**
 * 待办 of this model. Secretaries and admins: reports with a 报到证 waiting for their community's 线下确认 (what the
 * confirm route accepts), online reports whose 报到证 their unit orgs still have to issue, service records waiting for
 * their community's confirmation, and open wishes and 结对 needs no member has claimed. Members: report in this
 * period (by 31 December), open posts of their community they have not claimed, and claims with no hours logged.
 */
export async function workQueue(
  ctx: PluginContext<Config, LongyanTables>,
  asker: PluginAsker,
): Promise<WorkItem[]> {
  const { db } = ctx;
  const cityId = asker.cityId;
  const day = todayOf(ctx);
  const period = periodOf(day);
  const access = asker.access;

  if (access.level === 'self') {
    const memberId = asker.actor.memberId;
    if (!memberId || asker.actor.cityId !== cityId) return [];
    const member = await loadMember(db, cityId, memberId).catch(() => null);
    if (!member) return [];
    const r = (
      await sql<{ report_community: number | null; posts: unknown; unlogged: unknown }>`
      select
        (select community_org_id from ${schema}.report where city_id = ${cityId} and member_id = ${memberId} and period = ${period}) as report_community,
        (select count(*) from ${schema}.service_post p
          where p.city_id = ${cityId} and p.status = 'open'
            and p.community_org_id = (select community_org_id from ${schema}.report where city_id = ${cityId} and member_id = ${memberId} and period = ${period})
            and not exists (select 1 from ${schema}.claim k where k.city_id = p.city_id and k.post_id = p.id and k.member_id = ${memberId})) as posts,
        (select count(*) from ${schema}.claim k
          left join ${schema}.service_post p on p.city_id = k.city_id and p.id = k.post_id
          left join ${schema}.wish w on w.city_id = k.city_id and w.id = k.wish_id
          where k.city_id = ${cityId} and k.member_id = ${memberId}
            and (k.kind <> 'post' or p.status = 'open')
            and (k.kind <> 'wish' or w.status = 'claimed')
            and not exists (select 1 from ${schema}.service_record s
              where s.city_id = k.city_id and s.claim_id = k.id and s.status in ('submitted', 'confirmed'))) as unlogged`.execute(
        db,
      )
    ).rows[0]!;
    const items: WorkItem[] = [];
    if (r.report_community == null && member.active && member.category === 'in_service') {
      // A member the rule cannot send anywhere (no community org, unit not paired) has nothing they can do here.
      const rule = await ruleTarget(db, cityId, member);
      if (rule.problem !== 'no_community_org' && rule.problem !== 'not_paired')
        items.push({
          id: 'report_in',
          kind: 'self',
          title: say(`${period} 年度到社区报到`, `Report to your community for ${period}`),
          count: 1,
          href: '',
          dueOn: `${period}-12-31`,
          overdue: 0,
        });
    }
    items.push(
      {
        id: 'posts_to_claim',
        kind: 'self',
        title: say('可认领的服务岗位', 'Service posts to claim'),
        count: num(r.posts),
        href: '',
      },
      {
        id: 'hours_to_log',
        kind: 'self',
        title: say('待记实的服务时长', 'Service hours to log'),
        count: num(r.unlogged),
        href: '',
      },
    );
    return items;
  }

  const own = anyOf(ownOrgIds(asker));
  const r = (
    await sql<{ to_confirm: unknown; to_issue: unknown; records: unknown; wishes: unknown }>`
    select
      (select count(*) from ${schema}.report r
        where r.city_id = ${cityId} and r.period = ${period} and r.status = 'online' and r.certificate_no is not null
          and r.community_org_id ${own}) as to_confirm,
      (select count(*) from ${schema}.report r
        join core.org io on io.city_id = r.city_id and io.id = r.issuer_org_id
        where r.city_id = ${cityId} and r.period = ${period} and r.status = 'online' and r.certificate_no is null
          and ${scopeCondition(access, ['io.path'])}) as to_issue,
      (select count(*) from ${schema}.service_record s
        where s.city_id = ${cityId} and s.status = 'submitted' and s.community_org_id ${own}) as records,
      (select count(*) from ${schema}.wish w
        join core.org co on co.city_id = w.city_id and co.id = w.community_org_id
        where w.city_id = ${cityId} and w.status = 'open' and ${scopeCondition(access, ['co.path'])})
      + (select count(*) from ${schema}.pairing_need n
        join core.org co on co.city_id = n.city_id and co.id = n.community_org_id
        where n.city_id = ${cityId} and n.status = 'open' and ${scopeCondition(access, ['co.path'])}) as wishes`.execute(
      db,
    )
  ).rows[0]!;
  return [
    {
      id: 'reports_to_confirm',
      kind: 'manage',
      title: say('待线下确认的报到', 'Reports to confirm'),
      count: num(r.to_confirm),
      href: 'reports',
    },
    {
      id: 'certificates_to_issue',
      kind: 'manage',
      title: say('待开具的报到证', 'Report certificates to issue'),
      count: num(r.to_issue),
      href: 'reports',
    },
    {
      id: 'service_records_to_confirm',
      kind: 'manage',
      title: say('待确认的服务记实', 'Service records to confirm'),
      count: num(r.records),
      href: 'service',
    },
    {
      id: 'wishes_to_match',
      kind: 'manage',
      title: say('待认领的微心愿与结对需求', 'Wishes and needs to match'),
      count: num(r.wishes),
      href: 'service',
    },
  ];
}
