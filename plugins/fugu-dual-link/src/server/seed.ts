import { addMonths, type PluginContext, type PluginSeedInput, toLocalDate } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../manifest';
import { S } from './common';
import type { FuguTables } from './db';
import { applyRules } from './rules/evaluate';
import { seedActivities } from './seed/activities';
import { seedAppraisals } from './seed/appraisals';
import { seedChanges } from './seed/changes';
import { seedFeedback } from './seed/feedback';
import { seedFlowing } from './seed/flowing';
import { seedGroups } from './seed/groups';
import { seedMeetings } from './seed/meetings';
import { seedPosts } from './seed/posts';
import { seedRegistrations } from './seed/registrations';
import { seedReports } from './seed/reports';
import { seedRollout } from './seed/rollout';
import { loadStructure } from './seed/structure';
import type { SeedWorld } from './seed/world';

/**
 * Fugu at the published scale for 'demo' (every in-service member sent to a community, nearly all stamped and filed),
 * with a year and more of history before today's date: posts by skills, party groups, activities, quarterly reports,
 * practical things, half-year and year-end cards, appraisals, flowing members, joint meetings and this year's rollout.
 * Rates come out of the generated records; nothing is stored as a rate.
 *
 * One step per file in ./seed, run in this order: the steps share one random sequence, so the order is part of
 * what a seed produces.
 */
export async function seed(ctx: PluginContext<Config, FuguTables>, input: PluginSeedInput) {
  const T = toLocalDate(ctx.clock.now());
  const w: SeedWorld = {
    db: ctx.db,
    city: input.cityId,
    random: input.random,
    T,
    Y: Number(T.slice(0, 4)),
    rolloutStart: addMonths(T, -15),
    cfg: await ctx.configFor(input.cityId),
    progress: input.progress,
  };
  const { db, city, cfg, progress } = w;

  const s = await loadStructure(w);
  if (!s) return;
  const { regs, active, everActive } = await seedRegistrations(w, s);
  const posts = await seedPosts(w, s, active);
  await seedActivities(w, s, everActive);
  await seedReports(w, everActive);
  await seedFeedback(w, everActive);
  await seedAppraisals(w, s, regs);
  await seedFlowing(w, s);
  await seedMeetings(w, s);
  await seedChanges(w, active, posts);
  await seedGroups(w, s, active, posts.postOf);
  await seedRollout(w, s);

  // Fresh statistics, so the planner joins rather than loops on the first dashboard after a bulk load.
  await sql`analyze core.member_affiliation, ${sql.raw(
    [
      'registration',
      'post',
      'post_assignment',
      'party_group',
      'activity',
      'participation',
      'report_visit',
      'practical_thing',
      'feedback_card',
      'feedback_delivery',
      'appraisal',
      'flow_record',
      'org_life_record',
      'joint_meeting',
      'campaign_progress',
    ]
      .map((t) => `${S}.${t}`)
      .join(', '),
  )}`.execute(db);

  // What the rules call for today: absent members' units are told; six-month lapses await the branch.
  progress('rules', 0, 1);
  await applyRules(db, city, T, cfg, null);
  progress('rules', 1, 1);
}
