import { underAnyPath } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Span } from '../../shared/dates';
import { S } from '../common';
import type { FuguDb } from '../db';
import type { Scope } from '../rules/evaluate';
import type { CardKind } from './rules';

/** The SQL of feedback cards: reads only; the writes are in ./service. */

/** Registrations at a community during a period: stamped by its end and still active, or closed only after it. */
export function eligible(db: FuguDb, city: number, communityOrgId: number, p: Span) {
  return db
    .selectFrom(`${S}.registration as r`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .select(['r.id', 'r.member_id', 'r.unit_org_id', 'r.community_org_id', 'm.cadre_rank'])
    .where('r.city_id', '=', city)
    .where('r.community_org_id', '=', communityOrgId)
    .where('r.stamped_on', '<=', p.to)
    .where((eb) => eb.or([eb('r.status', 'in', ['stamped', 'filed']), eb('r.closed_on', '>', p.to)]));
}
export type EligibleRegistration = Awaited<ReturnType<ReturnType<typeof eligible>['execute']>>[number];

/** Those eligible registrations without a half-year card for the period, in id order. */
export function withoutHalfYearCard(db: FuguDb, city: number, communityOrgId: number, p: Span) {
  return eligible(db, city, communityOrgId, p)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom(`${S}.feedback_card as f`)
            .select('f.id')
            .whereRef('f.city_id', '=', 'r.city_id')
            .whereRef('f.registration_id', '=', 'r.id')
            .where('f.kind', '=', 'half_year')
            .where('f.period_key', '=', p.key),
        ),
      ),
    )
    .orderBy('r.id')
    .execute();
}

/** The member's latest eligible registration at the community. */
export function eligibleOf(db: FuguDb, city: number, communityOrgId: number, p: Span, memberId: number) {
  return eligible(db, city, communityOrgId, p)
    .where('r.member_id', '=', memberId)
    .orderBy('r.id', 'desc')
    .executeTakeFirst();
}

export function existingCard(
  db: FuguDb,
  city: number,
  registrationId: number,
  kind: CardKind,
  periodKey: string,
) {
  return db
    .selectFrom(`${S}.feedback_card`)
    .select('id')
    .where('city_id', '=', city)
    .where('registration_id', '=', registrationId)
    .where('kind', '=', kind)
    .where('period_key', '=', periodKey)
    .executeTakeFirst();
}

/** What the card counts: activities joined, in-person reports and practical things in the period. */
export async function countsFor(db: FuguDb, city: number, registrationId: number, p: Span) {
  const r = await sql<{ activities: number; visits: number; things: number }>`select
      (select count(*)::int from ${sql.table(`${S}.participation`)} x join ${sql.table(`${S}.activity`)} a on a.city_id = x.city_id and a.id = x.activity_id
        where x.city_id = ${city} and x.registration_id = ${registrationId} and a.held_on between ${p.from} and ${p.to}) as activities,
      (select count(*)::int from ${sql.table(`${S}.report_visit`)} v where v.city_id = ${city} and v.registration_id = ${registrationId} and v.visited_on between ${p.from} and ${p.to}) as visits,
      (select count(*)::int from ${sql.table(`${S}.practical_thing`)} t where t.city_id = ${city} and t.registration_id = ${registrationId} and t.done_on between ${p.from} and ${p.to}) as things`.execute(
    db,
  );
  return r.rows[0]!;
}

/** Cards with member, community and unit (and their paths, for the reach check). */
export function cardSelect(db: FuguDb, city: number) {
  return db
    .selectFrom(`${S}.feedback_card as f`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'f.city_id').onRef('m.id', '=', 'f.member_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'f.city_id').onRef('co.id', '=', 'f.community_org_id'),
    )
    .innerJoin('core.org as uo', (j) =>
      j.onRef('uo.city_id', '=', 'f.city_id').onRef('uo.id', '=', 'f.unit_org_id'),
    )
    .select([
      'f.id',
      'f.registration_id as registrationId',
      'f.member_id as memberId',
      'm.name as memberName',
      'm.cadre_rank as cadreRank',
      'f.community_org_id as communityOrgId',
      'co.name as communityName',
      'f.unit_org_id as unitOrgId',
      'uo.name as unitOrgName',
      'f.kind',
      'f.period_key as periodKey',
      'f.period_from as periodFrom',
      'f.period_to as periodTo',
      'f.due_on as dueOn',
      'f.sent_on as sentOn',
      'f.activities',
      'f.visits',
      'f.practical_things as practicalThings',
      'f.ratings',
      'f.overall',
      'f.comment',
      'co.path as communityPath',
      'uo.path as unitPath',
    ])
    .where('f.city_id', '=', city);
}

export async function deliveriesOf(db: FuguDb, city: number, cardIds: number[]) {
  if (!cardIds.length) return [];
  return db
    .selectFrom(`${S}.feedback_delivery`)
    .select([
      'card_id as cardId',
      'recipient',
      'org_id as orgId',
      'delivered_on as deliveredOn',
      'received_on as receivedOn',
    ])
    .where('city_id', '=', city)
    .where('card_id', 'in', cardIds)
    .orderBy('id')
    .execute();
}

/** Per community in scope (null = the city): cards expected (eligible registrations), sent and sent on time. */
export async function cardStatus(db: FuguDb, city: number, scope: Scope, kind: CardKind, p: Span) {
  const r = await sql<{
    communityOrgId: number;
    communityName: string;
    expected: number;
    sent: number;
    onTime: number;
  }>`select co.id as "communityOrgId", co.name as "communityName",
        count(r.id)::int as expected,
        count(f.id)::int as sent,
        count(f.id) filter (where f.sent_on <= f.due_on)::int as "onTime"
      from core.org co
      join ${sql.table(`${S}.registration`)} r on r.city_id = co.city_id and r.community_org_id = co.id
        and r.stamped_on <= ${p.to} and (r.status in ('stamped', 'filed') or r.closed_on > ${p.to})
      left join ${sql.table(`${S}.feedback_card`)} f on f.city_id = r.city_id and f.registration_id = r.id and f.kind = ${kind} and f.period_key = ${p.key}
      where co.city_id = ${city} and ${underAnyPath('co.path', scope)}
      group by co.id, co.name order by co.id`.execute(db);
  return r.rows;
}
