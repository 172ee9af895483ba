import { addDays, addMonths, intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { earlierOf } from '../../shared/dates';
import { S } from '../common';
import type { Structure } from './structure';
import { bulkInsert, type Engagement, type Reg, type SeedWorld } from './world';

const ACTIVITY_TITLES: Record<string, string[]> = {
  collective: [
    '小区环境卫生集中整治',
    '冬季消防安全宣传',
    '义务植树',
    '关爱空巢老人走访',
    '创建文明社区清洁行动',
    '防汛隐患排查',
  ],
  service: ['法律咨询进小区', '健康义诊', '政策宣讲进楼栋', '课业辅导日', '夜间治安巡逻', '家电义务维修'],
  study: ['在职党员集中学习', '专题党课', '学习贯彻会议精神座谈会'],
  culture: ['社区文艺汇演', '书法进社区', '邻里节', '全民健身趣味运动会'],
  meeting: ['在职党员大会', '党小组会', '楼栋党员议事会'],
};

/** Two or three activities a month in every community, and who joined them (by engagement); dates kept on each Reg. */
export async function seedActivities(w: SeedWorld, s: Structure, everActive: Reg[]) {
  const { db, city, random, T, rolloutStart, progress } = w;
  const { communities } = s;
  const regsOfCommunity = new Map<number, Reg[]>();
  for (const r of everActive)
    regsOfCommunity.set(r.communityOrgId, [...(regsOfCommunity.get(r.communityOrgId) ?? []), r]);
  const activityRows: Record<string, unknown>[] = [];
  const activityMeta: { communityOrgId: number; heldOn: string; kind: string }[] = [];
  for (const c of communities)
    for (let month = `${rolloutStart.slice(0, 7)}-01`; month <= T; month = addMonths(month, 1)) {
      const count = intBetween(random, 2, 3);
      for (let k = 0; k < count; k++) {
        const heldOn = earlierOf(addDays(month, intBetween(random, 0, 27)), T);
        if (heldOn < rolloutStart) continue;
        const kind = weighted(random, { collective: 4, service: 3, study: 2, culture: 2, meeting: 1 });
        activityRows.push({
          city_id: city,
          community_org_id: c.id,
          kind,
          title: pick(random, ACTIVITY_TITLES[kind]!),
          held_on: heldOn,
          location: `${c.name.replace(/党委$/, '')}活动室`,
          description: null,
        });
        activityMeta.push({ communityOrgId: c.id, heldOn, kind });
      }
    }
  const activityIds = await bulkInsert(db, `${S}.activity`, activityRows);
  const joinP: Record<Engagement, number> = { high: 0.16, medium: 0.06, low: 0.01 };
  const participations: Record<string, unknown>[] = [];
  activityMeta.forEach((a, i) => {
    for (const r of regsOfCommunity.get(a.communityOrgId) ?? []) {
      if (!r.stampedOn || r.stampedOn > a.heldOn || (r.closedOn && r.closedOn < a.heldOn)) continue;
      if (random() >= joinP[r.engagement]) continue;
      r.activities.push(a.heldOn);
      participations.push({
        city_id: city,
        activity_id: activityIds[i],
        registration_id: r.id,
        hours: a.kind === 'collective' || a.kind === 'service' ? intBetween(random, 2, 4) : null,
        note: null,
      });
    }
  });
  await bulkInsert(db, `${S}.participation`, participations, (d, t) => progress('participation', d, t));
}
