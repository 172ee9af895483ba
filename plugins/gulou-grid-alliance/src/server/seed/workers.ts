import { addDays, intBetween, weighted } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { Row, SeedRun } from './run';

/** Grid workers and their career chains (双轨并行): one worker per grid, and the community secretaries. */
export async function seedWorkers(run: SeedRun, network: Network) {
  const { cityId, random, demo, progress, ins, today, day, chance, person, mobile } = run;
  const { branches, communities } = network;
  progress('grid workers', 0, 1);
  const workerRows: Row[] = [];
  const stepPlans: { post: string[]; title: string[]; hired: string }[] = [];
  for (const b of branches) {
    const hired = `${intBetween(random, 2012, 2024)}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-01`;
    workerRows.push({
      city_id: cityId,
      name: person(),
      gender: chance(0.7) ? 'female' : 'male',
      phone: mobile(),
      member_id: null,
      org_id: b.org_id,
      hired_on: hired,
      active: true,
    });
    const title = weighted(random, { a: 48, b: 35, c: 15, d: 2 });
    stepPlans.push({
      hired,
      post: chance(0.55) ? ['grid_secretary'] : [],
      title: ['grid_worker', 'assistant_social_worker', 'social_worker', 'senior_social_worker'].slice(
        0,
        { a: 1, b: 2, c: 3, d: 4 }[title],
      ),
    });
  }
  // Published: 48 community secretaries in established posts, 5 of them promoted to street deputies.
  const careerSecretaries = demo ? 48 : Math.min(2, communities.length);
  const deputies = demo ? 5 : 1;
  communities.forEach((cm, i) => {
    const hired = `${intBetween(random, 2006, 2012)}-0${intBetween(random, 1, 9)}-01`;
    const deputy = i < deputies && cm.street_org_id != null;
    workerRows.push({
      city_id: cityId,
      name: person(),
      gender: chance(0.6) ? 'female' : 'male',
      phone: mobile(),
      member_id: null,
      org_id: deputy ? cm.street_org_id : cm.community_org_id,
      hired_on: hired,
      active: true,
    });
    const post = ['grid_secretary', 'community_worker', 'community_secretary'];
    if (i < careerSecretaries) post.push('career_community_secretary');
    if (deputy) post.push('street_deputy');
    stepPlans.push({
      hired,
      post,
      title: [
        'grid_worker',
        'assistant_social_worker',
        'social_worker',
        ...(chance(0.2) ? ['senior_social_worker'] : []),
      ],
    });
  });
  const workerIds = await ins('grid_worker', workerRows);
  const stepRows: Row[] = [];
  workerIds.forEach((workerId, i) => {
    const plan = stepPlans[i]!;
    for (const chain of ['post', 'title'] as const) {
      let date = plan.hired;
      plan[chain].forEach((step, k) => {
        if (k > 0) date = addDays(date, intBetween(random, 500, 1400));
        if (date > today) date = day(intBetween(random, 30, 200));
        stepRows.push({ city_id: cityId, worker_id: workerId, chain, step, started_on: date, note: null });
      });
    }
  });
  // Steps stay in order: a later step never predates an earlier one.
  for (let i = 1; i < stepRows.length; i++) {
    const a = stepRows[i - 1]!;
    const b = stepRows[i]!;
    if (
      a.worker_id === b.worker_id &&
      a.chain === b.chain &&
      (b.started_on as string) < (a.started_on as string)
    )
      b.started_on = a.started_on;
  }
  await ins('career_step', stepRows, 'career steps');
}
