import { ApiError, type Clock, invalid, type OrgRow, say, type Who } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { audit, notify, type RegistrationRow, S } from '../common';
import type { FuguDb } from '../db';
import { findPlace, letterCount } from './queries';
import { type FormChanges, formColumns, letterNo, registrationView, residenceInCommunity } from './rules';

/** The transactions of 双向登记, each write with its audit entry (and the unit's notice where it is told). */

/** The place must exist in the city and lie in the community's area (its compound or building). */
export async function checkResidence(
  db: FuguDb,
  city: number,
  communityPlaceId: number | null,
  placeId: number,
  field: string,
) {
  const place = await findPlace(db, city, placeId);
  if (!place) throw new ApiError(400, 'cross_city', { field }, field);
  if (communityPlaceId) {
    const community = await findPlace(db, city, communityPlaceId);
    if (!residenceInCommunity(place.path, community?.path))
      throw invalid(say('住址不在该社区范围内', 'the address is not in this community'), field);
  }
}

export interface NewRegistration {
  memberId: number;
  unitOrgId: number;
  communityOrgId: number;
  residencePlaceId: number | null;
  address?: string | null;
  occupation?: string | null;
  skills?: string | null;
  commitment?: string | null;
  board?: {
    onBoard?: boolean;
    showPhoto?: boolean;
    showUnit?: boolean;
    showCommitment?: boolean;
    showPost?: boolean;
  };
  sentOn: string;
  previousId?: number | null;
}

/** Opens a registration (the unit's 报到函) at a community; shared by "send" and "moved away". */
export async function openRegistration(trx: FuguDb, who: Who, input: NewRegistration) {
  const b = input.board ?? {};
  const row = await trx
    .insertInto(`${S}.registration`)
    .values({
      city_id: who.cityId,
      member_id: input.memberId,
      unit_org_id: input.unitOrgId,
      community_org_id: input.communityOrgId,
      residence_place_id: input.residencePlaceId,
      address: input.address ?? null,
      occupation: input.occupation ?? null,
      skills: input.skills ?? null,
      commitment: input.commitment ?? null,
      on_board: b.onBoard ?? false,
      show_photo: b.showPhoto ?? false,
      show_unit: b.showUnit ?? false,
      show_commitment: b.showCommitment ?? false,
      show_post: b.showPost ?? false,
      status: 'sent',
      letter_no: letterNo(input.sentOn, input.memberId, await letterCount(trx, who.cityId, input.memberId)),
      sent_on: input.sentOn,
      sent_by: who.userId,
      previous_id: input.previousId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, who, {
    action: 'create',
    entity: 'registration',
    entityId: row.id,
    before: null,
    after: { ...input },
  });
  return row.id;
}

export function sendLetter(db: FuguDb, who: Who, input: NewRegistration) {
  return db.transaction().execute((trx) => openRegistration(trx, who, input));
}

/** Ends what an active registration holds in the community: post, party group, the core activity affiliation. */
export async function releaseRegistration(trx: FuguDb, city: number, reg: RegistrationRow, on: string) {
  await trx
    .updateTable(`${S}.post_assignment`)
    .set({ until: on })
    .where('city_id', '=', city)
    .where('registration_id', '=', reg.id)
    .where('until', 'is', null)
    .execute();
  await trx
    .updateTable(`${S}.party_group`)
    .set({ leader_registration_id: null })
    .where('city_id', '=', city)
    .where('leader_registration_id', '=', reg.id)
    .execute();
  if (reg.affiliation_id)
    await trx
      .updateTable('core.member_affiliation')
      .set({ until: sql`greatest(since, ${on}::date)` })
      .where('city_id', '=', city)
      .where('id', '=', reg.affiliation_id)
      .where('until', 'is', null)
      .execute();
}

export function updateForm(db: FuguDb, who: Who, clock: Clock, reg: RegistrationRow, b: FormChanges) {
  const set = { updated_at: clock.now(), ...formColumns(b) };
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.registration`)
      .set(set)
      .where('city_id', '=', who.cityId)
      .where('id', '=', reg.id)
      .execute();
    await audit(trx, who, {
      action: 'update',
      entity: 'registration',
      entityId: reg.id,
      before: registrationView(reg),
      after: b,
    });
  });
}

/** 接收盖章: the member joins the community's activities (a core affiliation) from the day stamped. */
export function stamp(db: FuguDb, who: Who, clock: Clock, reg: RegistrationRow, on: string) {
  return db.transaction().execute(async (trx) => {
    const aff = await trx
      .insertInto('core.member_affiliation')
      .values({
        city_id: who.cityId,
        member_id: reg.member_id,
        kind: 'community',
        org_id: reg.community_org_id,
        place_id: reg.residence_place_id,
        since: on,
        note: `双联双管 ${reg.letter_no}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable(`${S}.registration`)
      .set({
        status: 'stamped',
        stamped_on: on,
        stamped_by: who.userId,
        affiliation_id: aff.id,
        updated_at: clock.now(),
      })
      .where('city_id', '=', who.cityId)
      .where('id', '=', reg.id)
      .execute();
    await audit(trx, who, {
      action: 'stamp',
      entity: 'registration',
      entityId: reg.id,
      before: { status: reg.status },
      after: { status: 'stamped', stampedOn: on, affiliationId: aff.id },
    });
  });
}

export function filePart1(db: FuguDb, who: Who, clock: Clock, reg: RegistrationRow, on: string) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.registration`)
      .set({ status: 'filed', part1_filed_on: on, part1_filed_by: who.userId, updated_at: clock.now() })
      .where('city_id', '=', who.cityId)
      .where('id', '=', reg.id)
      .execute();
    await audit(trx, who, {
      action: 'file_part1',
      entity: 'registration',
      entityId: reg.id,
      before: { status: reg.status },
      after: { status: 'filed', part1FiledOn: on },
    });
  });
}

/** The community returns a letter it cannot accept; the unit's org is told. */
export function returnLetter(
  db: FuguDb,
  who: Who,
  clock: Clock,
  reg: RegistrationRow,
  reason: string,
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.registration`)
      .set({ status: 'returned', returned_on: on, return_reason: reason, updated_at: clock.now() })
      .where('city_id', '=', who.cityId)
      .where('id', '=', reg.id)
      .execute();
    await notify(trx, who.cityId, {
      toOrgId: reg.unit_org_id,
      kind: 'registration_returned',
      memberId: reg.member_id,
      registrationId: reg.id,
      dedupeKey: `r${reg.id}`,
      payload: { reason, community: reg.community_name },
      on,
    });
    await audit(trx, who, {
      action: 'return',
      entity: 'registration',
      entityId: reg.id,
      before: { status: reg.status },
      after: { status: 'returned', reason },
    });
  });
}

/** Closes the registration, releasing what it holds in the community. */
async function closeIn(
  trx: FuguDb,
  who: Who,
  clock: Clock,
  reg: RegistrationRow,
  on: string,
  reason: 'moved' | 'left_unit' | 'other',
  auditAfter: Record<string, unknown>,
) {
  await releaseRegistration(trx, who.cityId, reg, on);
  await trx
    .updateTable(`${S}.registration`)
    .set({
      status: 'closed',
      closed_on: on,
      close_reason: reason,
      party_group_id: null,
      updated_at: clock.now(),
    })
    .where('city_id', '=', who.cityId)
    .where('id', '=', reg.id)
    .execute();
  await audit(trx, who, {
    action: 'close',
    entity: 'registration',
    entityId: reg.id,
    before: { status: reg.status },
    after: auditAfter,
  });
}

/**
 * 迁居: the registration closes and one opens at the new community with the same form and consent; the member's
 * residence moves when a place is given; the unit's org is told. Answers the new registration's id.
 */
export function move(
  db: FuguDb,
  who: Who,
  clock: Clock,
  reg: RegistrationRow,
  community: OrgRow,
  m: { place: number | null; address: string | null; on: string },
) {
  const { place, on } = m;
  return db.transaction().execute(async (trx) => {
    await closeIn(trx, who, clock, reg, on, 'moved', { status: 'closed', reason: 'moved', to: community.id });
    if (place) {
      const before = await trx
        .selectFrom('core.member')
        .select('residence_place_id')
        .where('city_id', '=', who.cityId)
        .where('id', '=', reg.member_id)
        .executeTakeFirst();
      await trx
        .updateTable('core.member')
        .set({ residence_place_id: place, updated_at: clock.now() })
        .where('city_id', '=', who.cityId)
        .where('id', '=', reg.member_id)
        .execute();
      await audit(trx, who, {
        action: 'update',
        entity: 'member_residence',
        entityId: reg.member_id,
        before,
        after: {
          residence_place_id: place,
        },
      });
    }
    const id = await openRegistration(trx, who, {
      memberId: reg.member_id,
      unitOrgId: reg.unit_org_id,
      communityOrgId: community.id,
      residencePlaceId: place,
      address: m.address,
      occupation: reg.occupation,
      skills: reg.skills,
      commitment: reg.commitment,
      board: {
        onBoard: reg.on_board,
        showPhoto: reg.show_photo,
        showUnit: reg.show_unit,
        showCommitment: reg.show_commitment,
        showPost: reg.show_post,
      },
      sentOn: on,
      previousId: reg.id,
    });
    await notify(trx, who.cityId, {
      toOrgId: reg.unit_org_id,
      kind: 'moved',
      memberId: reg.member_id,
      registrationId: id,
      dedupeKey: `r${reg.id}`,
      payload: { from: reg.community_name, to: community.name },
      on,
    });
    return id;
  });
}

export function close(
  db: FuguDb,
  who: Who,
  clock: Clock,
  reg: RegistrationRow,
  b: { reason: 'left_unit' | 'other'; note?: string | null; on: string },
) {
  return db
    .transaction()
    .execute((trx) =>
      closeIn(trx, who, clock, reg, b.on, b.reason, { status: 'closed', reason: b.reason, note: b.note }),
    );
}

export function setPhoto(
  db: FuguDb,
  who: Who,
  clock: Clock,
  memberId: number,
  photo: { mime: string; base64: string; bytes: number },
) {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto(`${S}.member_photo`)
      .values({ city_id: who.cityId, member_id: memberId, mime: photo.mime, data_base64: photo.base64 })
      .onConflict((oc) =>
        oc
          .columns(['city_id', 'member_id'])
          .doUpdateSet({ mime: photo.mime, data_base64: photo.base64, updated_at: clock.now() }),
      )
      .execute();
    await audit(trx, who, {
      action: 'update',
      entity: 'member_photo',
      entityId: memberId,
      before: null,
      after: {
        mime: photo.mime,
        bytes: photo.bytes,
      },
    });
  });
}
