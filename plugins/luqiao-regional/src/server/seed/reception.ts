import { addDays, addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { T } from '../common';
import type { Built } from './regions';
import type { SeedRun } from './run';

/** Monthly party-representative reception days with their visits and follow-ups. */
export async function seedReceptionDays(s: SeedRun, built: Built[]) {
  const { db, cityId, random, scale, today, rand, chance, personName, minDate } = s;
  const cbd = built[0]!;
  // 党代表接待日 on the 15th of every month in an industrial cluster (新桥镇's practice), with follow-ups.
  const reception = scale === 'small' ? cbd : built[3]!;
  const reps = Array.from({ length: 6 }, personName);
  const dayRows: Record<string, unknown>[] = [];
  for (
    let m = addMonths(reception.established, 1).slice(0, 7);
    `${m}-15` <= today;
    m = addMonths(`${m}-01`, 1).slice(0, 7)
  )
    dayRows.push({
      city_id: cityId,
      region_id: reception.id,
      held_on: `${m}-15`,
      month: m,
      representatives: JSON.stringify([
        ...new Set([reps[0]!, ...reps.filter(() => chance(0.6)).slice(0, 3)]),
      ]),
      reschedule_reason: null,
    });
  const dayIds = await insertBatches(db, T.receptionDay, dayRows);
  const rvRows: Record<string, unknown>[] = [];
  dayRows.forEach((d, i) => {
    const held = d.held_on as string;
    const onDuty = JSON.parse(d.representatives as string) as string[];
    for (let k = rand(2, scale === 'small' ? 2 : 6); k > 0; k--) {
      const recent = held > addMonths(today, -2);
      const status = recent
        ? pick(random, ['pending', 'in_progress', 'resolved'] as const)
        : chance(0.9)
          ? pick(random, ['resolved', 'resolved', 'explained'] as const)
          : 'in_progress';
      const closed = status === 'resolved' || status === 'explained';
      rvRows.push({
        city_id: cityId,
        reception_day_id: dayIds[i],
        visitor_name: personName(),
        visitor_member_id: null,
        issue: pick(random, [
          '企业用工纠纷求助',
          '反映园区道路积水',
          '咨询子女就学政策',
          '流动党员组织关系接转',
          '反映厂区周边噪声',
          '申请困难帮扶',
          '建议增设公交站点',
        ]),
        representative: pick(random, onDuty),
        follow_up_status: status,
        follow_up_note:
          status === 'pending'
            ? null
            : pick(random, ['已协调相关部门处理', '已当面答复', '已转街道办理，跟踪中']),
        follow_up_due_on: addDays(held, 15),
        closed_on: closed ? minDate(addDays(held, rand(2, 20)), today) : null,
      });
    }
  });
  if (rvRows.length) await insertBatches(db, T.receptionVisit, rvRows);
}
