import { addDays, insertBatches, intBetween } from '@jiceng/plugin-kit';
import { quarterOf } from '../../shared/dates';
import { S } from '../common';
import type { Structure } from './structure';
import { insertMany, type SeedWorld } from './world';

/** Quarterly joint meetings (联席会) with the paired units; one community skipped last quarter's. */
export async function seedMeetings(w: SeedWorld, s: Structure) {
  const { db, city, random, T, rolloutStart, progress } = w;
  const { communities, pairedUnits } = s;
  progress('joint meetings', 0, communities.length);
  const meetings: Record<string, unknown>[] = [];
  const meetingUnits: number[][] = [];
  const currentQ = quarterOf(T);
  const skip = communities[communities.length - 1]!.id;
  for (const c of communities) {
    for (let q = quarterOf(rolloutStart); q.from <= T; q = quarterOf(addDays(q.to, 1))) {
      const isCurrent = q.key === currentQ.key;
      const isLast = !isCurrent && addDays(q.to, 1) >= currentQ.from;
      if (!isCurrent && (random() < 0.04 || (isLast && c.id === skip && communities.length > 1))) continue;
      const scheduled = addDays(q.from, intBetween(random, 20, 75));
      const agendaOn = addDays(scheduled, -intBetween(random, 5, 9));
      const held = !isCurrent || scheduled <= T;
      meetings.push({
        city_id: city,
        community_org_id: c.id,
        quarter_key: q.key,
        scheduled_on: scheduled,
        agenda:
          '一、通报本季度在职党员报到和参加活动情况；二、研究下季度共建项目；三、协调解决群众反映的问题',
        agenda_sent_on: agendaOn <= T ? agendaOn : null,
        held_on: held ? scheduled : null,
        minutes: held
          ? '会议通报了在职党员到社区报到和服务情况，驻社区单位就共建项目作了发言，议定事项分工落实。'
          : null,
      });
      meetingUnits.push((pairedUnits.get(c.id) ?? []).slice(0, 30));
    }
  }
  const meetingIds = await insertBatches(db, `${S}.joint_meeting`, meetings);
  await insertMany(
    db,
    `${S}.joint_meeting_unit`,
    meetingIds.flatMap((id, i) =>
      meetingUnits[i]!.map((orgId) => ({
        city_id: city,
        meeting_id: id,
        org_id: orgId,
        attended: meetings[i]!.held_on ? random() < 0.85 : false,
      })),
    ),
  );
}
