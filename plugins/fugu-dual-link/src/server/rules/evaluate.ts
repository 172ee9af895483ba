import type { PluginContext } from '@jiceng/plugin-kit';
import { addDays, addMonths, underAnyPath } from '@jiceng/plugin-kit';
import { type RawBuilder, sql } from 'kysely';
import type { Config } from '../../manifest';
import { earlierOf, laterOf, previousHalf, previousQuarter, quarterOf, yearSpan } from '../../shared/dates';
import type { FlagKind } from '../../shared/terms';
import { S } from '../common';
import type { FuguDb } from '../db';

export interface Flag {
  kind: FlagKind;
  memberId: number | null;
  memberName: string | null;
  registrationId: number | null;
  orgId: number;
  orgName: string;
  /** The other side, when there is one (the unit org for a community flag). */
  unitOrgId?: number | null;
  unitOrgName?: string | null;
  since?: string | null;
  detail?: Record<string, unknown>;
}

/** null = the whole city; otherwise org path prefixes (an org admin's subtrees, or one org's subtree). */
export type Scope = string[] | null;

const T = sql.table;
/** Registrations r (joined with uo and co) on either side of the scope. */
const regScope = (scope: Scope) =>
  sql<boolean>`(${underAnyPath('uo.path', scope)} or ${underAnyPath('co.path', scope)})`;

const regBase = (city: number, scope: Scope) => sql`
  from ${T(`${S}.registration`)} r
  join core.member m on m.city_id = r.city_id and m.id = r.member_id
  join core.org uo on uo.city_id = r.city_id and uo.id = r.unit_org_id
  join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
  where r.city_id = ${city} and ${regScope(scope)}`;

const regCols = sql`r.id as registration_id, r.member_id, m.name as member_name, r.community_org_id, co.name as community_name, r.unit_org_id, uo.name as unit_org_name, r.stamped_on`;

function regFlag(kind: FlagKind, r: any, detail?: Record<string, unknown>, since?: string | null): Flag {
  return {
    kind,
    memberId: r.member_id,
    memberName: r.member_name,
    registrationId: r.registration_id,
    orgId: r.community_org_id,
    orgName: r.community_name,
    unitOrgId: r.unit_org_id,
    unitOrgName: r.unit_org_name,
    since: since ?? null,
    detail,
  };
}

/** Active registrations whose last sign of life in the community (stamping, activity, report, practical thing) is older than six months. */
export async function absentRegistrations(db: FuguDb, city: number, today: string, scope: Scope) {
  const cutoff = addMonths(today, -6);
  // Aggregate each source once and join, rather than three correlated lookups per registration.
  const r = await sql<any>`
    with joined as (
      select p.registration_id, max(a.held_on) as d from ${T(`${S}.participation`)} p
        join ${T(`${S}.activity`)} a on a.city_id = p.city_id and a.id = p.activity_id
        where p.city_id = ${city} and a.held_on <= ${today} group by p.registration_id),
    visited as (
      select v.registration_id, max(v.visited_on) as d from ${T(`${S}.report_visit`)} v
        where v.city_id = ${city} and v.visited_on <= ${today} group by v.registration_id),
    done as (
      select t.registration_id, max(t.done_on) as d from ${T(`${S}.practical_thing`)} t
        where t.city_id = ${city} and t.done_on <= ${today} group by t.registration_id)
    select * from (
      select ${regCols}, greatest(r.stamped_on, joined.d, visited.d, done.d) as last_seen
      from ${T(`${S}.registration`)} r
      join core.member m on m.city_id = r.city_id and m.id = r.member_id
      join core.org uo on uo.city_id = r.city_id and uo.id = r.unit_org_id
      join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
      left join joined on joined.registration_id = r.id
      left join visited on visited.registration_id = r.id
      left join done on done.registration_id = r.id
      where r.city_id = ${city} and ${regScope(scope)} and r.status in ('stamped', 'filed') and r.stamped_on <= ${today}
    ) x where x.last_seen < ${cutoff} order by x.last_seen, x.registration_id`.execute(db);
  return r.rows;
}

export async function computeFlags(
  db: FuguDb,
  city: number,
  today: string,
  cfg: Config,
  scope: Scope,
  kinds?: FlagKind[],
): Promise<Flag[]> {
  const want = (k: FlagKind) => !kinds || kinds.includes(k);
  const flags: Flag[] = [];
  const q = quarterOf(today);
  const pq = previousQuarter(today);

  if (want('quarter_report_due')) {
    // The stamping itself is an in-person report, so a member stamped this quarter owes nothing yet.
    const r =
      await sql<any>`select ${regCols} ${regBase(city, scope)} and r.status in ('stamped', 'filed') and r.stamped_on < ${q.from}
      and not exists (select 1 from ${T(`${S}.report_visit`)} v where v.city_id = r.city_id and v.registration_id = r.id and v.visited_on between ${q.from} and ${today})
      order by r.id`.execute(db);
    for (const row of r.rows) flags.push(regFlag('quarter_report_due', row, { quarter: q.key, by: q.to }));
  }
  if (want('quarter_report_missed')) {
    const r =
      await sql<any>`select ${regCols} ${regBase(city, scope)} and r.status in ('stamped', 'filed') and r.stamped_on < ${pq.from}
      and not exists (select 1 from ${T(`${S}.report_visit`)} v where v.city_id = r.city_id and v.registration_id = r.id and v.visited_on between ${pq.from} and ${pq.to})
      order by r.id`.execute(db);
    for (const row of r.rows) flags.push(regFlag('quarter_report_missed', row, { quarter: pq.key }));
  }
  if (want('practical_things_due')) {
    const y = yearSpan(Number(today.slice(0, 4)));
    const r = await sql<any>`select * from (select ${regCols},
        (select count(*)::int from ${T(`${S}.practical_thing`)} t where t.city_id = r.city_id and t.registration_id = r.id and t.done_on between ${y.from} and ${today}) as done
      ${regBase(city, scope)} and r.status in ('stamped', 'filed')) x where x.done < ${cfg.practicalThingsPerYear} order by x.registration_id`.execute(
      db,
    );
    for (const row of r.rows)
      flags.push(
        regFlag('practical_things_due', row, {
          year: y.key,
          done: row.done,
          required: cfg.practicalThingsPerYear,
        }),
      );
  }
  if (want('absent_half_year')) {
    for (const row of await absentRegistrations(db, city, today, scope))
      flags.push(regFlag('absent_half_year', row, { lastSeen: row.last_seen }, row.last_seen));
  }
  if (want('feedback_overdue')) {
    // The latest half year (and year) whose cards are already due.
    const periods: { kind: 'half_year' | 'annual'; key: string; from: string; to: string; due: string }[] =
      [];
    let h = previousHalf(today);
    if (addDays(h.to, cfg.feedbackGraceDays) >= today) h = previousHalf(h.from);
    periods.push({
      kind: 'half_year',
      key: h.key,
      from: h.from,
      to: h.to,
      due: addDays(h.to, cfg.feedbackGraceDays),
    });
    let y = yearSpan(Number(today.slice(0, 4)) - 1);
    if (addDays(y.to, cfg.feedbackGraceDays) >= today) y = yearSpan(Number(y.key) - 1);
    periods.push({
      kind: 'annual',
      key: y.key,
      from: y.from,
      to: y.to,
      due: addDays(y.to, cfg.feedbackGraceDays),
    });
    for (const p of periods) {
      const r = await sql<any>`select ${regCols} ${regBase(city, scope)} and r.stamped_on <= ${p.to}
        and (r.status in ('stamped', 'filed') or r.closed_on > ${p.to})
        and not exists (select 1 from ${T(`${S}.feedback_card`)} f where f.city_id = r.city_id and f.registration_id = r.id and f.kind = ${p.kind} and f.period_key = ${p.key})
        order by r.id`.execute(db);
      for (const row of r.rows)
        flags.push(regFlag('feedback_overdue', row, { kind: p.kind, period: p.key, due: p.due }, p.due));
    }
  }
  if (want('joint_meeting_missing')) {
    const r = await sql<any>`select co.id, co.name from core.org co
      where co.city_id = ${city} and co.kind in ('community_committee', 'community_general_branch', 'community_branch') and ${underAnyPath('co.path', scope)}
        and exists (select 1 from ${T(`${S}.registration`)} r where r.city_id = co.city_id and r.community_org_id = co.id and r.stamped_on <= ${pq.to})
        and not exists (select 1 from ${T(`${S}.joint_meeting`)} j where j.city_id = co.city_id and j.community_org_id = co.id and j.quarter_key = ${pq.key} and j.held_on is not null)
      order by co.id`.execute(db);
    for (const row of r.rows)
      flags.push({
        kind: 'joint_meeting_missing',
        memberId: null,
        memberName: null,
        registrationId: null,
        orgId: row.id,
        orgName: row.name,
        detail: { quarter: pq.key },
      });
  }
  if (want('flowing_transfer_suggested') || want('flowing_no_org_life')) {
    const cutoff = addMonths(today, -6);
    const r =
      await sql<any>`select f.id as flow_id, f.direction, f.member_id, m.name as member_name, f.branch_org_id, o.name as org_name, f.started_on, f.fixed_place, f.card_no,
        (select max(l.on_date) from ${T(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'org_life' and l.on_date <= ${today}) as last_org_life,
        (select max(l.on_date) from ${T(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'dues' and l.on_date <= ${today}) as last_dues
      from ${T(`${S}.flow_record`)} f
      join core.member m on m.city_id = f.city_id and m.id = f.member_id
      join core.org o on o.city_id = f.city_id and o.id = f.branch_org_id
      join core.org mo on mo.city_id = m.city_id and mo.id = m.org_id
      where f.city_id = ${city} and f.status = 'open' and f.started_on <= ${today} and (${underAnyPath('o.path', scope)} or ${underAnyPath('mo.path', scope)})
      order by f.id`.execute(db);
    for (const row of r.rows) {
      const base = {
        memberId: row.member_id,
        memberName: row.member_name,
        registrationId: null,
        orgId: row.branch_org_id,
        orgName: row.org_name,
      };
      if (
        want('flowing_transfer_suggested') &&
        row.direction === 'out' &&
        row.fixed_place &&
        row.started_on <= cutoff
      )
        flags.push({
          kind: 'flowing_transfer_suggested',
          ...base,
          since: row.started_on,
          detail: { flowId: row.flow_id },
        });
      const life = row.last_org_life ?? row.started_on;
      const dues = row.last_dues ?? row.started_on;
      // Any record before the flow started still counts as "since"; six months are measured from the later of the two.
      const lifeSince = laterOf(life, row.started_on);
      const duesSince = laterOf(dues, row.started_on);
      const noLife = lifeSince < cutoff;
      const noDues = duesSince < cutoff;
      if (want('flowing_no_org_life') && (noLife || noDues))
        flags.push({
          kind: 'flowing_no_org_life',
          ...base,
          since: noLife && noDues ? earlierOf(lifeSince, duesSince) : noLife ? lifeSince : duesSince,
          detail: {
            flowId: row.flow_id,
            reason: noLife && noDues ? 'both' : noLife ? 'no_org_life' : 'no_dues',
            lastOrgLife: row.last_org_life,
            lastDues: row.last_dues,
          },
        });
    }
  }
  if (want('campaign_step_overdue')) {
    const r =
      await sql<any>`select p.campaign_id, c.name as campaign_name, p.org_id, o.name as org_name, p.step, p.deadline
      from ${T(`${S}.campaign_progress`)} p
      join ${T(`${S}.campaign`)} c on c.city_id = p.city_id and c.id = p.campaign_id
      join core.org o on o.city_id = p.city_id and o.id = p.org_id
      where p.city_id = ${city} and p.done_on is null and p.deadline < ${today} and ${underAnyPath('o.path', scope)}
      order by p.deadline, p.org_id`.execute(db);
    for (const row of r.rows)
      flags.push({
        kind: 'campaign_step_overdue',
        memberId: null,
        memberName: null,
        registrationId: null,
        orgId: row.org_id,
        orgName: row.org_name,
        since: row.deadline,
        detail: {
          campaignId: row.campaign_id,
          campaign: row.campaign_name,
          step: row.step,
          deadline: row.deadline,
        },
      });
  }
  return flags;
}

/**
 * Acts on the flags that call for someone: a member absent over half a year → a notice to their unit's org;
 * six months without organization life or dues → an item for the branch to decide (never an automatic removal).
 * Idempotent: the same lapse never notifies twice.
 */
export async function runRules(
  db: FuguDb,
  city: number,
  today: string,
  cfg: Config,
  scope: Scope,
  tell: Tell | null,
) {
  return db.transaction().execute((trx) => applyRules(trx, city, today, cfg, scope, tell));
}

/** The host's notify (PluginContext.notify): the shell's bell for the admins concerned. */
export type Tell = PluginContext['notify'];

/** The accounts that administer one org node (org_admin grants on it). */
async function orgAdmins(trx: FuguDb, city: number, orgId: number): Promise<number[]> {
  const rows = await trx
    .selectFrom('core.role_grant')
    .select('user_id')
    .where('city_id', '=', city)
    .where('org_id', '=', orgId)
    .where('role', '=', 'org_admin')
    .execute();
  return rows.map((r: { user_id: number }) => r.user_id);
}

/**
 * The same, inside a transaction the caller already holds (the demo seed). Each new notice or branch item also
 * reaches the admins of its org in the bell (`tell`), once per item, in the same transaction.
 */
export async function applyRules(
  trx: FuguDb,
  city: number,
  today: string,
  cfg: Config,
  scope: Scope,
  tell: Tell | null = null,
) {
  const flags = await computeFlags(trx, city, today, cfg, scope, ['absent_half_year', 'flowing_no_org_life']);
  let notices = 0;
  let decisions = 0;
  const admins = new Map<number, number[]>();
  const bell = async (
    orgId: number | null | undefined,
    notice: Omit<Parameters<Tell>[1], 'cityId' | 'userIds'>,
  ) => {
    if (!tell || !orgId) return;
    if (!admins.has(orgId)) admins.set(orgId, await orgAdmins(trx, city, orgId));
    const userIds = admins.get(orgId)!;
    if (userIds.length) await tell(trx, { cityId: city, userIds, ...notice });
  };
  for (const f of flags) {
    if (f.kind === 'absent_half_year') {
      const r = await trx
        .insertInto(`${S}.notice`)
        .values({
          city_id: city,
          to_org_id: f.unitOrgId,
          kind: 'absent_half_year',
          member_id: f.memberId,
          registration_id: f.registrationId,
          dedupe_key: `r${f.registrationId}:${f.since}`,
          payload: JSON.stringify({ community: f.orgName, lastSeen: f.since }),
          created_on: today,
        })
        .onConflict((oc) => oc.columns(['city_id', 'kind', 'dedupe_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (r) {
        notices++;
        await bell(f.unitOrgId, {
          kind: 'absent_half_year',
          title: {
            'zh-CN': `${f.memberName} 半年未参加社区活动`,
            en: `${f.memberName} absent from the community for half a year`,
          },
          body: {
            'zh-CN': `报到社区：${f.orgName}；最近一次：${f.since}`,
            en: `Community: ${f.orgName}; last seen ${f.since}`,
          },
          href: 'rules',
          onceKey: `notice:${r.id}`,
        });
      }
    } else {
      const d = f.detail as { flowId: number; reason: string };
      const r = await trx
        .insertInto(`${S}.branch_decision`)
        .values({
          city_id: city,
          member_id: f.memberId as number,
          branch_org_id: f.orgId,
          flow_id: d.flowId,
          lapse_since: f.since as string,
          reason: d.reason,
          raised_on: today,
        })
        .onConflict((oc) => oc.columns(['city_id', 'member_id', 'lapse_since']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (r) {
        decisions++;
        await bell(f.orgId, {
          kind: 'branch_decision_raised',
          title: {
            'zh-CN': `流动党员 ${f.memberName} 六个月未过组织生活或未交党费，请支部研究`,
            en: `Flowing member ${f.memberName}: six months without org life or dues, for the branch to decide`,
          },
          href: 'flowing',
          onceKey: `decision:${r.id}`,
        });
      }
    }
  }
  return { notices, decisions };
}
