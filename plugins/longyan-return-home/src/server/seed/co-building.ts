import { intBetween, pick } from '@jiceng/plugin-kit';
import { PROJECT_CATEGORIES } from '../../shared/model';
import { S } from '../common';
import { ACTIVITIES, addDays, bulk, dayIn, daysBetween, PROJECTS, PUBLISHED } from './data';
import type { World } from './world';

/** 结对共建: an agreement per pair, collective activities, projects started and completed. */
export async function seedCoBuilding(s: World) {
  const { db, cityId, random, progress, now, yearStart, rnd, links } = s;
  progress('co-building', 0, 1);
  await bulk(
    db,
    `${S}.co_building_agreement`,
    links.map((l) => ({
      city_id: cityId,
      link_id: l.id,
      signed_on: l.since ?? '2017-03-01',
      content: '组织共建、工作共商、资源共享、活动共办、文明共创、平安共筑',
    })),
  );
  const activityRows: Record<string, unknown>[] = [];
  const projectRows: Record<string, unknown>[] = [];
  if (links.length) {
    const perPair = links.length / PUBLISHED.pairs;
    for (let i = 0; i < rnd(PUBLISHED.activities * perPair); i++)
      activityRows.push({
        city_id: cityId,
        link_id: pick(random, links).id,
        held_on: dayIn(random, yearStart, now),
        title: pick(random, ACTIVITIES),
        participants: intBetween(random, 8, 80),
      });
    const completedShare = PUBLISHED.projectsCompleted / PUBLISHED.projects;
    // A completed project started long enough before today to have run its course; the rest are under way.
    for (let i = 0; i < rnd(PUBLISHED.projects * perPair); i++) {
      const days = intBetween(random, 10, 120);
      const done = random() < completedShare && daysBetween(yearStart, now) > days;
      const started = done ? dayIn(random, yearStart, addDays(now, -days)) : dayIn(random, yearStart, now);
      projectRows.push({
        city_id: cityId,
        link_id: pick(random, links).id,
        title: pick(random, PROJECTS),
        category: pick(random, PROJECT_CATEGORIES),
        started_on: started,
        completed_on: done ? addDays(started, days) : null,
      });
    }
  }
  await bulk(db, `${S}.co_building_activity`, activityRows);
  await bulk(db, `${S}.co_building_project`, projectRows);
  progress('co-building', 1, 1);
}
