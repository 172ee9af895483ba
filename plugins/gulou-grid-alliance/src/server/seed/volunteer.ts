import { intBetween, pick, weighted } from '@jiceng/plugin-kit';
import type { People } from './people';
import { hoursLater, type Row, type SeedRun } from './run';
import { VOLUNTEER_TEXT } from './words';

/** Volunteer micro-hours (微小时) of in-service members in the grids and retired members. */
export async function seedVolunteerHours(run: SeedRun, people: People) {
  const { cityId, random, demo, ins, now, day, at, chance } = run;
  const { members, gridOfMember } = people;
  const nowMs = now.getTime();
  const logRows: Row[] = [];
  for (const m of members) {
    const grid = gridOfMember.get(m.id);
    const inService = m.category === 'in_service';
    if (!(inService ? chance(0.55) : m.category === 'retired' && chance(0.1))) continue;
    const tier = weighted(random, { low: 40, mid: 34, high: 20, top: 6 });
    const entries = {
      low: intBetween(random, 1, 2),
      mid: intBetween(random, 3, 5),
      high: intBetween(random, 6, 10),
      top: intBetween(random, 11, 18),
    }[tier];
    const quality = 3 + random() * 2;
    for (let k = 0; k < (demo ? entries : Math.min(entries, 6)); k++) {
      const offset = intBetween(random, 0, 364);
      const servedOn = day(offset);
      const category = weighted(random, {
        civilized_city: 25,
        safety: 20,
        sanitation: 25,
        service: 25,
        other: 5,
      });
      const status =
        offset < 14
          ? chance(0.5)
            ? 'pending'
            : 'confirmed'
          : weighted(random, { confirmed: 96, rejected: 3, pending: 1 });
      const logged = at(servedOn, 20, 0);
      logRows.push({
        city_id: cityId,
        member_id: m.id,
        grid_org_id: grid?.org_id ?? null,
        category,
        served_on: servedOn,
        hours: intBetween(random, 4, 12) / 2,
        description: pick(random, VOLUNTEER_TEXT[category]!),
        status,
        rating:
          status === 'confirmed' ? Math.max(1, Math.min(5, Math.round(quality + (random() - 0.5)))) : null,
        logged_by: null,
        logged_at: logged.getTime() > nowMs ? now : logged,
        decided_by: null,
        decided_at: status === 'pending' ? null : new Date(Math.min(nowMs, hoursLater(logged, 20).getTime())),
        reject_reason: status === 'rejected' ? '时长与活动记录不符' : null,
      });
    }
  }
  await ins('volunteer_log', logRows, 'volunteer hours');
}
