import type { Kysely } from 'kysely';
import { recordAudit } from '../audit';
import type { Clock } from '../clock';
import type { CoreDatabase, Member, MemberUpdate, NewMember } from '../db/schema';
import { ApiError, notFound } from '../http/errors';
import { findAffiliation } from './queries';
import { memberView } from './rules';
import type { CreateMember, NewAffiliation, UpdateMember } from './schemas';

/** The transactions of members and their affiliations, each write with its audit entry. */

type Db = Kysely<CoreDatabase>;

/** Who writes: the city and the logged-in user the audit names. */
export interface Writer {
  cityId: number;
  userId: number;
}

/** The member's columns from the API's fields (undefined leaves a column as it is on update). */
function memberColumns(b: CreateMember): Omit<NewMember, 'city_id'>;
function memberColumns(b: UpdateMember): MemberUpdate;
function memberColumns(b: UpdateMember): MemberUpdate {
  return {
    name: b.name,
    gender: b.gender,
    id_number: b.idNumber,
    phone: b.phone,
    birth_date: b.birthDate,
    category: b.category,
    cadre_rank: b.cadreRank,
    org_id: b.orgId,
    unit_id: b.unitId,
    residence_place_id: b.residencePlaceId,
    joined_party_on: b.joinedPartyOn,
    occupation: b.occupation,
    skills: b.skills,
  };
}

/** A city admin saw a member's ID number and phone in full. */
export function auditReveal(db: Db, who: Writer, memberId: number) {
  return recordAudit(db, {
    cityId: who.cityId,
    actorUserId: who.userId,
    action: 'reveal',
    entity: 'member',
    entityId: memberId,
  });
}

export function createMember(db: Db, who: Writer, b: CreateMember): Promise<Member> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('core.member')
      .values({ city_id: who.cityId, ...memberColumns(b) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: 'member',
      entityId: row.id,
      after: memberView(row, false),
    });
    return row;
  });
}

export function updateMember(
  db: Db,
  clock: Clock,
  who: Writer,
  before: Member,
  b: UpdateMember,
): Promise<Member> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('core.member')
      .set({ ...memberColumns(b), updated_at: clock.now() })
      .where('city_id', '=', who.cityId)
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'update',
      entity: 'member',
      entityId: row.id,
      before: memberView(before, false),
      after: memberView(row, false),
    });
    return row;
  });
}

/** Conditional: of two racing deactivations one changes the row, the other gets a 409 (one audit entry). */
export function deactivateMember(db: Db, clock: Clock, who: Writer, memberId: number): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('core.member')
      .set({ active: false, updated_at: clock.now() })
      .where('city_id', '=', who.cityId)
      .where('id', '=', memberId)
      .where('active', '=', true)
      .returning('id')
      .executeTakeFirst();
    if (!changed) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'deactivate',
      entity: 'member',
      entityId: memberId,
      before: { active: true },
      after: { active: false },
    });
  });
}

/** Adds an activity affiliation, from today when it gives no start. */
export function addAffiliation(db: Db, clock: Clock, who: Writer, memberId: number, b: NewAffiliation) {
  return db.transaction().execute(async (trx) => {
    const a = await trx
      .insertInto('core.member_affiliation')
      .values({
        city_id: who.cityId,
        member_id: memberId,
        kind: b.kind,
        org_id: b.orgId,
        place_id: b.placeId,
        since: b.since ?? clock.now().toISOString().slice(0, 10),
        note: b.note,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'create',
      entity: 'affiliation',
      entityId: a.id,
      after: a,
    });
    return a;
  });
}

/**
 * Ends one of a member's affiliations on `until`: a 404 when it is not theirs, a 409 when it has ended already (of
 * two racing ends, the second), a 400 when `until` is before its start.
 */
export async function endAffiliation(
  db: Db,
  who: Writer,
  memberId: number,
  affiliationId: number,
  until: string,
): Promise<void> {
  const before = await findAffiliation(db, who.cityId, memberId, affiliationId);
  if (!before) throw notFound('affiliation');
  if (before.until) throw new ApiError(409, 'conflict', { reason: 'already ended' });
  if (until < before.since)
    throw new ApiError(400, 'validation_failed', { detail: 'until < since' }, 'until');
  await db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('core.member_affiliation')
      .set({ until })
      .where('city_id', '=', who.cityId)
      .where('id', '=', affiliationId)
      .where('until', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!changed) throw new ApiError(409, 'conflict', { reason: 'already ended' });
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'end',
      entity: 'affiliation',
      entityId: affiliationId,
      before,
      after: { ...before, until },
    });
  });
}
