import { underAnyPath } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { COMMUNITY_KINDS, type RegistrationRow, registrationQuery, S } from '../common';
import type { FuguDb } from '../db';
import type { Scope } from '../rules/evaluate';

/** The SQL of the member views, the member file, the budget and the community list: reads only. */

/** A member with their org, unit and residence names. */
export function findMember(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .leftJoin('core.unit as u', (j) => j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'))
    .leftJoin('core.place as pl', (j) =>
      j.onRef('pl.city_id', '=', 'm.city_id').onRef('pl.id', '=', 'm.residence_place_id'),
    )
    .select([
      'm.id',
      'm.name',
      'm.gender',
      'm.category',
      'm.cadre_rank',
      'm.org_id',
      'o.name as org_name',
      'o.path as org_path',
      'm.unit_id',
      'u.name as unit_name',
      'm.occupation',
      'm.skills',
      'm.joined_party_on',
      'm.active',
      'pl.name as residence_name',
    ])
    .where('m.city_id', '=', city)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export type MemberRegistration = RegistrationRow & {
  place_name: string | null;
  group_name: string | null;
  post_name: string | null;
  post_category: string | null;
};

/** Every registration of the member, newest first, with the residence, party group and present post. */
export async function memberRegistrations(db: FuguDb, city: number, memberId: number) {
  return (await registrationQuery(db, city)
    .leftJoin('core.place as pl', (j) =>
      j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
    )
    .leftJoin(`${S}.party_group as g`, (j) =>
      j.onRef('g.city_id', '=', 'r.city_id').onRef('g.id', '=', 'r.party_group_id'),
    )
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j
        .onRef('a.city_id', '=', 'r.city_id')
        .onRef('a.registration_id', '=', 'r.id')
        .on('a.until', 'is', null),
    )
    .leftJoin(`${S}.post as p`, (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'))
    .select([
      'pl.name as place_name',
      'g.name as group_name',
      'p.name as post_name',
      'p.category as post_category',
    ])
    .where('r.member_id', '=', memberId)
    .orderBy('r.id', 'desc')
    .execute()) as MemberRegistration[];
}

/** The member's feedback cards, latest period first, with who received them. */
export function memberCards(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom(`${S}.feedback_card as f`)
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'f.city_id').onRef('co.id', '=', 'f.community_org_id'),
    )
    .select([
      'f.id',
      'f.kind',
      'f.period_key as periodKey',
      'co.name as communityName',
      'f.overall',
      'f.ratings',
      'f.comment',
      'f.sent_on as sentOn',
      'f.due_on as dueOn',
      'f.activities',
      'f.visits',
      'f.practical_things as practicalThings',
    ])
    .select((eb) =>
      eb
        .selectFrom(`${S}.feedback_delivery as d`)
        .select(sql<string>`string_agg(d.recipient, ',' order by d.recipient)`.as('r'))
        .whereRef('d.city_id', '=', 'f.city_id')
        .whereRef('d.card_id', '=', 'f.id')
        .as('recipients'),
    )
    .where('f.city_id', '=', city)
    .where('f.member_id', '=', memberId)
    .orderBy('f.period_to', 'desc')
    .execute();
}

export function memberAppraisals(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom(`${S}.appraisal`)
    .select([
      'id',
      'year',
      'peer_score as peerScore',
      'mass_score as massScore',
      'branch_score as branchScore',
      'total',
      'grade',
    ])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .orderBy('year', 'desc')
    .execute();
}

export function memberFlows(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom(`${S}.flow_record`)
    .select([
      'id',
      'direction',
      'place_text as placeText',
      'started_on as startedOn',
      'expected_return_on as expectedReturnOn',
      'card_no as cardNo',
      'status',
      'ended_on as endedOn',
    ])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .orderBy('id', 'desc')
    .execute();
}

export function memberAffiliations(db: FuguDb, city: number, memberId: number) {
  return db
    .selectFrom('core.member_affiliation as a')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.org_id'))
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.place_id'),
    )
    .select(['a.id', 'a.kind', 'o.name as orgName', 'p.name as placeName', 'a.since', 'a.until'])
    .where('a.city_id', '=', city)
    .where('a.member_id', '=', memberId)
    .orderBy('a.id', 'desc')
    .execute();
}

/** What the member file lists besides activities: entries, appraisals and feedback cards. */
export async function fileRecords(db: FuguDb, city: number, memberId: number) {
  const entries = await db
    .selectFrom(`${S}.file_entry`)
    .select(['id', 'kind', 'on_date as onDate', 'title', 'content', 'score'])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .execute();
  const appraisals = await db
    .selectFrom(`${S}.appraisal`)
    .select(['id', 'year', 'total', 'grade'])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .execute();
  const cards = await db
    .selectFrom(`${S}.feedback_card`)
    .select(['id', 'kind', 'period_key', 'sent_on', 'overall'])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .execute();
  return { entries, appraisals, cards };
}

/** Active members per org in scope (orgs o; null scope = the whole city), most members first. */
export async function membersPerOrg(db: FuguDb, city: number, scope: Scope) {
  const r = await sql<{
    orgId: number;
    orgName: string;
    kind: string;
    parentName: string | null;
    members: number;
  }>`select o.id as "orgId", o.name as "orgName", o.kind, p.name as "parentName", count(m.id)::int as members
      from core.member m
      join core.org o on o.city_id = m.city_id and o.id = m.org_id
      left join core.org p on p.city_id = o.city_id and p.id = o.parent_id
      where m.city_id = ${city} and m.active and ${underAnyPath('o.path', scope)}
      group by o.id, o.name, o.kind, p.name order by count(m.id) desc, o.id`.execute(db);
  return r.rows;
}

/** Every active community org of the city with its place's path. */
export function communityOrgs(db: FuguDb, city: number) {
  return db
    .selectFrom('core.org as o')
    .leftJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
    )
    .select(['o.id', 'o.name', 'o.path', 'o.place_id as placeId', 'p.path as placePath'])
    .where('o.city_id', '=', city)
    .where('o.kind', 'in', COMMUNITY_KINDS)
    .where('o.active', '=', true)
    .orderBy('o.id')
    .execute();
}

export function compoundsAndBuildings(db: FuguDb, city: number) {
  return db
    .selectFrom('core.place')
    .select(['id', 'name', 'kind', 'parent_id as parentId', 'path'])
    .where('city_id', '=', city)
    .where('kind', 'in', ['compound', 'building'])
    .orderBy('id')
    .execute();
}
