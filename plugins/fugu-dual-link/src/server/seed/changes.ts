import { addDays, addMonths, insertBatches, intBetween, pick } from '@jiceng/plugin-kit';
import { S } from '../common';
import type { SeedPost } from './posts';
import { dateBetween, type Reg, type SeedWorld } from './world';

/** Post-change requests (换岗), half approved to a public-welfare post, and member files (study tests, suggestions). */
export async function seedChanges(
  w: SeedWorld,
  active: Reg[],
  posts: {
    postsOf: Map<number, SeedPost[]>;
    postOf: Map<Reg, SeedPost>;
    assignments: Record<string, unknown>[];
    assignmentIds: number[];
  },
) {
  const { db, city, random, T } = w;
  const { postsOf, postOf, assignments, assignmentIds } = posts;
  const changeRows: Record<string, unknown>[] = [];
  const withPost = active.filter((r) => postOf.has(r));
  for (let i = 0; i < Math.max(2, Math.round(withPost.length * 0.004)); i++) {
    const r = pick(random, withPost);
    if (changeRows.some((x) => x.registration_id === r.id)) continue;
    const from = addDays(T, -intBetween(random, 10, 90));
    const approved = random() < 0.5;
    const alt = (postsOf.get(r.communityOrgId) ?? []).find(
      (p) => p.id !== postOf.get(r)!.id && p.category === 'welfare',
    );
    changeRows.push({
      city_id: city,
      registration_id: r.id,
      assignment_id: assignmentIds[assignments.findIndex((a) => a.registration_id === r.id)] ?? null,
      reason: pick(random, ['借调外地工作', '长期住院治疗', '参加脱产学习', '照顾重病家属']),
      unable_from: from,
      unable_until: addMonths(from, intBetween(random, 7, 12)),
      status: approved ? 'approved' : 'pending',
      new_post_id: approved ? (alt?.id ?? null) : null,
      decided_on: approved ? addDays(from, 5) : null,
      decision_note: null,
      // Applied for a few days before the member becomes unable to serve, not on the day the demo was loaded
      // (the shared request figures count from the day received).
      created_at: new Date(`${addDays(from, -3)}T10:00:00+08:00`),
    });
  }
  await insertBatches(db, `${S}.post_change_request`, changeRows);
  const fileRows: Record<string, unknown>[] = [];
  for (const r of active)
    if (random() < 0.1)
      fileRows.push(
        random() < 0.5
          ? {
              city_id: city,
              member_id: r.memberId,
              kind: 'study',
              on_date: dateBetween(random, r.stampedOn!, T),
              title: '在职党员理论学习测试',
              content: null,
              score: intBetween(random, 70, 100),
            }
          : {
              city_id: city,
              member_id: r.memberId,
              kind: 'suggestion',
              on_date: dateBetween(random, r.stampedOn!, T),
              title: pick(random, [
                '建议增设小区便民服务点',
                '建议完善楼道照明',
                '建议开设老年人智能手机课堂',
              ]),
              content: null,
              score: null,
            },
      );
  await insertBatches(db, `${S}.file_entry`, fileRows);
}
