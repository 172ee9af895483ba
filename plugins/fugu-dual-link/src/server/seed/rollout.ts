import { addDays, insertBatches, intBetween, pick } from '@jiceng/plugin-kit';
import { earlierOf, laterOf } from '../../shared/dates';
import { CAMPAIGN_STEPS } from '../../shared/terms';
import { S } from '../common';
import type { Structure } from './structure';
import { insertMany, type SeedWorld } from './world';

const CENTRES = ['东路社区服务中心', '中路社区服务中心', '西路社区服务中心'];

/** This year's rollout: five steps with deadlines and each org's progress, inspection groups on the service centres. */
export async function seedRollout(w: SeedWorld, s: Structure) {
  const { db, city, random, T, Y, progress } = w;
  const { communities } = s;
  progress('rollout', 0, 1);
  const started = addDays(T, -100);
  const deadlines: Record<string, string> = {
    mobilize: addDays(started, 20),
    link: addDays(started, 40),
    activities: addDays(T, 20),
    feedback: laterOf(`${Y}-12-31`, addDays(T, 40)),
    summary: addDays(laterOf(`${Y}-12-31`, addDays(T, 40)), 15),
  };
  const campaign = await db
    .insertInto(`${S}.campaign`)
    .values({ city_id: city, name: `${Y}年“双联双管”工作推进`, started_on: started })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertMany(
    db,
    `${S}.campaign_step`,
    CAMPAIGN_STEPS.map((step) => ({
      city_id: city,
      campaign_id: campaign.id,
      step,
      deadline: deadlines[step],
    })),
  );
  const campaignOrgs = await db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', city)
    .where('kind', 'in', ['unit_committee', 'unit_branch', 'community_committee'])
    .orderBy('id')
    .execute();
  const doneShare: Record<string, number> = {
    mobilize: 1,
    link: 0.96,
    activities: 0.45,
    feedback: 0,
    summary: 0,
  };
  const progressRows: Record<string, unknown>[] = [];
  for (const o of campaignOrgs as { id: number }[]) {
    let prevDone: string | null = started;
    for (const step of CAMPAIGN_STEPS) {
      let done: string | null = null;
      if (prevDone && random() < doneShare[step]!) {
        const late = random() < 0.06;
        done = earlierOf(
          late
            ? addDays(deadlines[step]!, intBetween(random, 1, 12))
            : addDays(deadlines[step]!, -intBetween(random, 0, 15)),
          T,
        );
        done = laterOf(done, prevDone);
      }
      progressRows.push({
        city_id: city,
        campaign_id: campaign.id,
        org_id: o.id,
        step,
        deadline: deadlines[step],
        done_on: done,
        note: null,
      });
      prevDone = done;
    }
  }
  await insertMany(db, `${S}.campaign_progress`, progressRows);
  const centreCount = Math.min(CENTRES.length, communities.length);
  const centreIds = await insertBatches(
    db,
    `${S}.service_centre`,
    CENTRES.slice(0, centreCount).map((name) => ({ city_id: city, name })),
  );
  await insertMany(
    db,
    `${S}.service_centre_community`,
    communities.map((c, i) => ({ city_id: city, centre_id: centreIds[i % centreCount], org_id: c.id })),
  );
  const inspectionIds = await insertBatches(
    db,
    `${S}.inspection_group`,
    centreIds.map((centreId, i) => ({
      city_id: city,
      campaign_id: campaign.id,
      name: `第${'一二三'[i]}督查组`,
      leader: ['县委组织部副部长', '县委组织部副部长、老干局局长', '县委组织部副部长、考核办副主任'][i],
      members: '县委基层办、县直工委及组织部干部',
      centre_id: centreId,
    })),
  );
  await insertBatches(
    db,
    `${S}.inspection_record`,
    inspectionIds.flatMap((groupId, i) =>
      communities
        .filter((_, j) => j % centreCount === i)
        .slice(0, 3)
        .map((c) => ({
          city_id: city,
          group_id: groupId,
          org_id: c.id,
          visited_on: addDays(deadlines.link!, intBetween(random, 1, 20)),
          findings: pick(random, [
            '报到台账齐全，监督台已设置',
            '个别单位反馈卡送达不及时，已督促整改',
            '党小组划分合理，活动记录完整',
          ]),
        })),
    ),
  );
}
