import { addDays, addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { T } from '../common';
import type { SeedRun } from './run';

const CONTENTS = [
  '商圈文明劝导',
  '党员服务中心值班',
  '帮扶困难职工',
  '流动党员政策宣讲',
  '园区环境整治',
  '关爱环卫工人',
  '为外来务工人员子女辅导功课',
  '共建项目志愿服务',
  '消防安全巡查',
  '义务调解经营纠纷',
] as const;

/**
 * 奉献双岗位: service that registered members give in their region over the last twelve months. About half of
 * the members still registered and active log one to six services of one to four hours; the region's org has
 * confirmed most, the latest wait for it, a few were sent back. Runs last, so the other steps' data stay as they
 * were.
 */
export async function seedServiceRecords(s: SeedRun) {
  const { db, cityId, random, today, rand, chance, dateBetween, at, maxDate, minDate } = s;
  const regs = await db
    .selectFrom(`${T.registration} as g`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
    )
    .select(['g.id', 'g.member_id', 'g.region_id', 'g.registered_on'])
    .where('g.city_id', '=', cityId)
    .where('g.ended_on', 'is', null)
    .where('m.active', '=', true)
    .orderBy('g.id')
    .execute();
  if (!regs.length) return;
  // Whoever decides them: the city's first admin account, when there is one.
  const decider = await db
    .selectFrom('core.role_grant as r')
    .innerJoin('core.app_user as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.city_id', '=', cityId)
    .where('r.role', '=', 'city_admin')
    .orderBy('u.id')
    .executeTakeFirst();
  const yearAgo = addMonths(today, -12);
  const recent = addDays(today, -14);
  const rows: Record<string, unknown>[] = [];
  for (const g of regs) {
    if (!chance(0.55)) continue;
    const from = maxDate(g.registered_on, yearAgo);
    for (let k = rand(1, 6); k > 0; k--) {
      const servedOn = dateBetween(from, today);
      const status =
        servedOn >= recent
          ? chance(0.8)
            ? 'submitted'
            : 'confirmed'
          : pick(random, [...Array(17).fill('confirmed'), 'submitted', 'submitted', 'rejected'] as const);
      rows.push({
        city_id: cityId,
        registration_id: g.id,
        member_id: g.member_id,
        region_id: g.region_id,
        served_on: servedOn,
        hours: rand(2, 8) / 2,
        content: pick(random, CONTENTS),
        status,
        confirmed_by: status === 'submitted' ? null : (decider?.id ?? null),
        confirmed_on: status === 'submitted' ? null : minDate(addDays(servedOn, rand(1, 10)), today),
        created_at: at(servedOn, rand(18, 21)),
      });
    }
  }
  if (rows.length) await insertBatches(db, T.serviceRecord, rows);
}
