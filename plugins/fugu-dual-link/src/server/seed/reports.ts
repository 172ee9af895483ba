import { addDays, daysBetween, intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { earlierOf, laterOf, quarterOf, yearSpan } from '../../shared/dates';
import { S } from '../common';
import { bulkInsert, dateBetween, type Engagement, type Reg, type SeedWorld } from './world';

const THINGS = [
  '协调修缮小区破损路面',
  '为困难家庭联系就业岗位',
  '帮助安装楼道照明',
  '组织捐书建立楼栋书架',
  '协调解决小区停车难',
  '为老人代办医保手续',
  '联系单位捐赠健身器材',
  '推动小区垃圾分类点建设',
];

/** In-person reports each quarter and practical things each year, while each registration was active. */
export async function seedReports(w: SeedWorld, everActive: Reg[]) {
  const { db, city, random, T, progress } = w;
  const visitP: Record<Engagement, number> = { high: 0.97, medium: 0.85, low: 0.08 };
  const visits: Record<string, unknown>[] = [];
  const things: Record<string, unknown>[] = [];
  for (const r of everActive) {
    const end = r.closedOn ?? T;
    for (
      let q = quarterOf(addDays(quarterOf(r.stampedOn!).to, 1));
      q.from <= end;
      q = quarterOf(addDays(q.to, 1))
    ) {
      const last = earlierOf(q.to, end);
      const share = (daysBetween(q.from, last) + 1) / (daysBetween(q.from, q.to) + 1);
      if (random() >= visitP[r.engagement] * share) continue;
      const on = dateBetween(random, q.from, last);
      r.visits.push(on);
      visits.push({ city_id: city, registration_id: r.id, visited_on: on, note: null });
    }
    for (let y = Number(r.stampedOn!.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
      const span = yearSpan(y);
      const from = laterOf(span.from, r.stampedOn!);
      const to = earlierOf(span.to, end);
      if (from > to) continue;
      const share = (daysBetween(from, to) + 1) / 365;
      const n = Number(
        r.engagement === 'high'
          ? weighted(random, { '1': 55, '2': 40, '0': 5 })
          : r.engagement === 'medium'
            ? weighted(random, { '1': 70, '0': 25, '2': 5 })
            : weighted(random, { '0': 85, '1': 15 }),
      );
      for (let k = 0; k < n; k++) {
        if (random() >= Math.min(1, share * 1.2)) continue;
        const on = dateBetween(random, from, to);
        r.things.push(on);
        things.push({
          city_id: city,
          registration_id: r.id,
          done_on: on,
          title: pick(random, THINGS),
          description: null,
        });
      }
    }
  }
  await bulkInsert(db, `${S}.report_visit`, visits, (d, t) => progress('reports', d, t));
  await bulkInsert(db, `${S}.practical_thing`, things);
}
