import { weighted } from '@jiceng/plugin-kit';
import { gradeOf, weightedTotal } from '../../shared/appraisal';
import { S } from '../common';
import type { Structure } from './structure';
import { bulkInsert, clamp, type Engagement, gauss, type Reg, type SeedWorld } from './world';

/** Last year's appraisal of every member, by their branch, scored around their engagement. */
export async function seedAppraisals(w: SeedWorld, s: Structure, regs: Reg[]) {
  const { db, city, random, Y, cfg, progress } = w;
  const { members } = s;
  progress('appraisals', 0, members.length);
  const engagementOf = new Map(regs.map((r) => [r.memberId, r.engagement]));
  const appraisals = members.map((m) => {
    const e = engagementOf.get(m.id) ?? weighted<Engagement>(random, { high: 70, medium: 27, low: 3 });
    const mean = e === 'high' ? 87 : e === 'medium' ? 77 : 63;
    const base = mean + gauss(random) * (e === 'high' ? 4 : 6);
    const score = () => Math.round(clamp(base + gauss(random) * 3, 30, 100) * 2) / 2;
    const s = { peer: score(), mass: score(), branch: score() };
    const total = weightedTotal(s, cfg.appraisalWeights);
    return {
      city_id: city,
      member_id: m.id,
      branch_org_id: m.org_id,
      year: Y - 1,
      peer_score: s.peer,
      mass_score: s.mass,
      branch_score: s.branch,
      weights: cfg.appraisalWeights,
      total,
      grade: gradeOf(total, cfg.gradeThresholds),
      note: null,
    };
  });
  await bulkInsert(db, `${S}.appraisal`, appraisals, (d, t) => progress('appraisals', d, t));
}
