import { sql } from 'kysely';
import { S } from '../common';
import type { FuguDb } from '../db';
import { centresOf, type StepCounts, stepSummary } from './rules';

/** The SQL of the rollout campaign, service centres and inspection groups: reads only; writes are in ./service. */

/** Each step of a campaign: how many orgs have it, have done it, on time, and are overdue (orgs o filtered). */
export async function stepProgress(
  db: FuguDb,
  city: number,
  campaignId: number,
  today: string,
  orgFilter = sql<boolean>`true`,
) {
  const r = await sql<StepCounts>`select p.step, min(p.deadline) as "deadline", count(*)::int as total,
      count(p.done_on)::int as done,
      count(*) filter (where p.done_on is not null and p.done_on <= p.deadline)::int as "onTime",
      count(*) filter (where p.done_on is null and p.deadline < ${today})::int as overdue
    from ${sql.table(`${S}.campaign_progress`)} p join core.org o on o.city_id = p.city_id and o.id = p.org_id
    where p.city_id = ${city} and p.campaign_id = ${campaignId} and ${orgFilter}
    group by p.step`.execute(db);
  return stepSummary(r.rows);
}

export async function findCampaign(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom(`${S}.campaign`)
    .select(['id', 'name', 'started_on'])
    .where('city_id', '=', city)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function campaignsNewestFirst(db: FuguDb, city: number) {
  return db
    .selectFrom(`${S}.campaign`)
    .select(['id', 'name', 'started_on'])
    .where('city_id', '=', city)
    .orderBy('started_on', 'desc')
    .execute();
}

/** Which of the given org ids exist in the city. */
export async function existingOrgIds(db: FuguDb, city: number, ids: number[]) {
  const rows = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', city)
    .where('id', 'in', ids)
    .execute();
  return rows.map((o) => o.id);
}

/** Active orgs of the given kinds. */
export async function activeOrgIdsOfKinds(db: FuguDb, city: number, kinds: string[]) {
  const rows = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', city)
    .where('kind', 'in', kinds)
    .where('active', '=', true)
    .execute();
  return rows.map((o) => o.id);
}

/** Each org's steps in a campaign (orgs o filtered), by kind and id. */
export async function progressRows(
  db: FuguDb,
  city: number,
  campaignId: number,
  orgFilter = sql<boolean>`true`,
) {
  const rows = await sql<{
    orgId: number;
    orgName: string;
    kind: string;
    step: string;
    deadline: string;
    doneOn: string | null;
    note: string | null;
  }>`select p.org_id as "orgId", o.name as "orgName", o.kind, p.step, p.deadline, p.done_on as "doneOn", p.note
      from ${sql.table(`${S}.campaign_progress`)} p join core.org o on o.city_id = p.city_id and o.id = p.org_id
      where p.city_id = ${city} and p.campaign_id = ${campaignId} and ${orgFilter} order by o.kind, o.id`.execute(
    db,
  );
  return rows.rows;
}

export function stepDeadlines(db: FuguDb, city: number, campaignId: number) {
  return db
    .selectFrom(`${S}.campaign_step`)
    .select(['step', 'deadline'])
    .where('city_id', '=', city)
    .where('campaign_id', '=', campaignId)
    .execute();
}

/** One org's steps in a campaign. */
export function orgSteps(db: FuguDb, city: number, campaignId: number, orgId: number) {
  return db
    .selectFrom(`${S}.campaign_progress`)
    .select(['step', 'deadline', 'done_on'])
    .where('city_id', '=', city)
    .where('campaign_id', '=', campaignId)
    .where('org_id', '=', orgId)
    .execute();
}

/** Kinds of the given orgs that exist in the city. */
export function orgKinds(db: FuguDb, city: number, ids: number[]) {
  return db
    .selectFrom('core.org')
    .select(['id', 'kind'])
    .where('city_id', '=', city)
    .where('id', 'in', ids)
    .execute();
}

/** Of the given communities, those already in a service centre. */
export async function communitiesInCentres(db: FuguDb, city: number, ids: number[]) {
  const rows = await db
    .selectFrom(`${S}.service_centre_community`)
    .select('org_id')
    .where('city_id', '=', city)
    .where('org_id', 'in', ids)
    .execute();
  return rows.map((t) => t.org_id);
}

export function findCentre(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom(`${S}.service_centre`)
    .select('id')
    .where('city_id', '=', city)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findInspectionGroup(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom(`${S}.inspection_group`)
    .select(['id', 'centre_id'])
    .where('city_id', '=', city)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function orgExists(db: FuguDb, city: number, id: number) {
  return db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', city)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Service centres and the communities each covers. */
export async function centres(db: FuguDb, city: number) {
  const rows = await db
    .selectFrom(`${S}.service_centre as s`)
    .leftJoin(`${S}.service_centre_community as x`, (j) =>
      j.onRef('x.city_id', '=', 's.city_id').onRef('x.centre_id', '=', 's.id'),
    )
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'x.city_id').onRef('o.id', '=', 'x.org_id'))
    .select(['s.id', 's.name', 'o.id as orgId', 'o.name as orgName'])
    .where('s.city_id', '=', city)
    .orderBy('s.id')
    .orderBy('o.id')
    .execute();
  return centresOf(rows);
}

/** Each group with its centre's communities and how far those communities are through the steps. */
export async function inspectionGroups(db: FuguDb, city: number, campaignId: number, today: string) {
  const groups = await db
    .selectFrom(`${S}.inspection_group as g`)
    .innerJoin(`${S}.service_centre as s`, (j) =>
      j.onRef('s.city_id', '=', 'g.city_id').onRef('s.id', '=', 'g.centre_id'),
    )
    .select(['g.id', 'g.name', 'g.leader', 'g.members', 'g.centre_id as centreId', 's.name as centreName'])
    .where('g.city_id', '=', city)
    .where('g.campaign_id', '=', campaignId)
    .orderBy('g.id')
    .execute();
  const out = [];
  for (const g of groups) {
    const filter = sql<boolean>`o.id in (select x.org_id from ${sql.table(`${S}.service_centre_community`)} x where x.city_id = ${city} and x.centre_id = ${g.centreId})`;
    const records = await db
      .selectFrom(`${S}.inspection_record as r`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'r.city_id').onRef('o.id', '=', 'r.org_id'),
      )
      .select(['r.id', 'o.name as orgName', 'r.visited_on as visitedOn', 'r.findings'])
      .where('r.city_id', '=', city)
      .where('r.group_id', '=', g.id)
      .orderBy('r.visited_on', 'desc')
      .execute();
    out.push({ ...g, steps: await stepProgress(db, city, campaignId, today, filter), records });
  }
  return out;
}
