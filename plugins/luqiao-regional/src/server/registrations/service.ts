import { conflict, invalid, recordAudit, say, todayOf, type Who } from '@jiceng/plugin-kit';
import type { RegistrationVia } from '../../shared/model';
import { type Ctx, type Db, type RegionRow, T } from '../common';
import { nominatedIn, registrants } from './queries';
import { dateWindowProblem, type Plan, registrationPlan } from './rules';

/** The transactions of the registration routes (each write with its audit entry) and the checks they make first. */

/** The registration plan of each member (rules.ts), or the first refusal naming `field(i)`. */
export async function plan(
  db: Db,
  cityId: number,
  region: RegionRow,
  memberIds: number[],
  field: (i: number) => string,
) {
  const rows = await registrants(db, cityId, memberIds);
  return memberIds.map((mid, i): Plan => {
    const m = rows.find((r) => r.id === mid);
    if (!m) throw invalid(say(`党员 ${mid} 不存在`, `member ${mid} does not exist`), field(i));
    const decided = registrationPlan(m, region.id);
    if ('plan' in decided) return decided.plan;
    if (decided.status === 409) throw conflict(decided.text, field(i));
    throw invalid(decided.text, field(i));
  });
}

/** The registration day: today unless given, never in the future. */
export function registrationDate(ctx: Ctx, given: string | undefined) {
  const today = todayOf(ctx);
  if (given && given > today)
    throw invalid(say('登记日期不能晚于今天', 'cannot register in the future'), 'registeredOn');
  return given ?? today;
}

/**
 * Registers the members (all or none): an affiliation with the region, one with the centre's org when it looks
 * after them, and a unit without an org counts as covered by the centre from then on.
 */
export async function register(db: Db, who: Who, region: RegionRow, plans: Plan[], on: string) {
  return db.transaction().execute(async (trx) => {
    const out: { id: number; memberId: number; via: RegistrationVia }[] = [];
    for (const p of plans) {
      const regionAff = await trx
        .insertInto('core.member_affiliation')
        .values({
          city_id: who.cityId,
          member_id: p.memberId,
          kind: 'region',
          org_id: region.regional_org_id,
          place_id: null,
          since: on,
          note: region.name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      let centreAff: { id: number } | null = null;
      if (p.via === 'centre_org')
        centreAff = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: who.cityId,
            member_id: p.memberId,
            kind: 'org',
            org_id: region.centre_org_id,
            place_id: null,
            since: on,
            note: '党员服务中心党组织接纳',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto(T.registration)
        .values({
          city_id: who.cityId,
          region_id: region.id,
          member_id: p.memberId,
          via: p.via,
          unit_id: p.unitId,
          registered_on: on,
          region_affiliation_id: regionAff.id,
          centre_affiliation_id: centreAff?.id ?? null,
          created_by: who.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // A unit without an org is covered once the centre's org looks after its members.
      if (p.unitId && !p.unitHasOrg)
        await trx
          .updateTable(T.regionUnit)
          .set({ centre_covered_since: on })
          .where('city_id', '=', who.cityId)
          .where('unit_id', '=', p.unitId)
          .where('centre_covered_since', 'is', null)
          .execute();
      await recordAudit(trx, {
        cityId: who.cityId,
        actorUserId: who.userId,
        action: 'register',
        entity: T.registration,
        entityId: row.id,
        after: { regionId: region.id, ...p, registeredOn: on },
      });
      out.push({ id: row.id, memberId: p.memberId, via: p.via });
    }
    return out;
  });
}

interface RegistrationState {
  id: number;
  registered_on: string;
  ended_on: string | null;
  shop_name: string | null;
  region_affiliation_id: number | null;
  centre_affiliation_id: number | null;
}

const ended = () => conflict({ 'zh-CN': '该登记已注销', en: 'this registration has ended' });

/** Ends a registration (left the region) and the affiliations it opened, the reason recorded. */
export async function endRegistration(
  ctx: Ctx,
  who: Who,
  row: RegistrationState,
  b: { endedOn?: string; reason: string },
) {
  const { db } = ctx;
  if (row.ended_on) throw ended();
  const on = b.endedOn ?? todayOf(ctx);
  const problem = dateWindowProblem(on, row.registered_on, todayOf(ctx));
  if (problem === 'before')
    throw invalid(say('注销日期早于登记日期', 'ends before it was registered'), 'endedOn');
  if (problem === 'future') throw invalid(say('注销日期不能晚于今天', 'cannot end in the future'), 'endedOn');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.registration)
      .set({ ended_on: on, end_reason: b.reason })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    const affIds = [row.region_affiliation_id, row.centre_affiliation_id].filter((a): a is number => !!a);
    if (affIds.length)
      await trx
        .updateTable('core.member_affiliation')
        .set({ until: on })
        .where('city_id', '=', who.cityId)
        .where('id', 'in', affIds)
        .where('until', 'is', null)
        .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'end',
      entity: T.registration,
      entityId: row.id,
      after: { endedOn: on, reason: b.reason },
    });
  });
}

/** 亮牌: the member shows their party identity at their shop. */
export async function showShop(
  ctx: Ctx,
  who: Who,
  row: RegistrationState,
  b: { shopName: string; displayedOn?: string },
) {
  const { db } = ctx;
  if (row.ended_on) throw ended();
  const on = b.displayedOn ?? todayOf(ctx);
  const problem = dateWindowProblem(on, row.registered_on, todayOf(ctx));
  if (problem === 'before')
    throw invalid(say('亮牌日期早于登记日期', 'shown before registering'), 'displayedOn');
  if (problem === 'future')
    throw invalid(say('亮牌日期不能晚于今天', 'cannot be in the future'), 'displayedOn');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.registration)
      .set({ shop_name: b.shopName, shop_displayed_on: on })
      .where('city_id', '=', who.cityId)
      .where('id', '=', row.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'shop',
      entity: T.registration,
      entityId: row.id,
      before: { shopName: row.shop_name },
      after: { shopName: b.shopName, displayedOn: on },
    });
  });
  return { id: row.id, shopName: b.shopName, shopDisplayedOn: on };
}

/** Nominates a 亮牌 shop for 共产党员示范店, once a year. */
export async function nominate(
  ctx: Ctx,
  who: Who,
  row: RegistrationState,
  b: { year: number; note?: string | null },
) {
  const { db } = ctx;
  if (row.ended_on) throw ended();
  if (!row.shop_name)
    throw invalid(
      say(
        '只有亮牌经营的党员店铺才能参评示范店',
        'only shops that show the party badge (亮牌) can be nominated',
      ),
      'registrationId',
    );
  if (await nominatedIn(db, who.cityId, row.id, b.year))
    throw conflict(
      { 'zh-CN': `该店铺已参评 ${b.year} 年示范店`, en: `already nominated for ${b.year}` },
      'year',
    );
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto(T.nomination)
      .values({
        city_id: who.cityId,
        registration_id: row.id,
        year: b.year,
        nominated_on: todayOf(ctx),
        status: 'nominated',
        note: b.note ?? null,
      })
      .returning(['id', 'year', 'status', 'nominated_on as nominatedOn'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'nominate',
      entity: T.nomination,
      entityId: r.id,
      after: r,
    });
    return r;
  });
}

/** Awards (or not) a nomination, once. */
export async function decide(
  ctx: Ctx,
  who: Who,
  nom: { id: number; status: string; note: string | null },
  b: { awarded: boolean; note?: string | null },
) {
  const { db } = ctx;
  if (nom.status !== 'nominated')
    throw conflict({ 'zh-CN': '该提名已评定', en: 'this nomination has been decided' });
  const status = b.awarded ? 'awarded' : 'not_awarded';
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable(T.nomination)
      .set({ status, decided_on: todayOf(ctx), note: b.note ?? nom.note })
      .where('city_id', '=', who.cityId)
      .where('id', '=', nom.id)
      .execute();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'decide',
      entity: T.nomination,
      entityId: nom.id,
      before: { status: nom.status },
      after: { status },
    });
  });
  return { id: nom.id, status };
}
