import { addDays, intBetween, weighted } from '@jiceng/plugin-kit';
import { half, yearSpan } from '../../shared/dates';
import { FEEDBACK_ASPECTS, SECTION_DEPUTY_AND_ABOVE } from '../../shared/terms';
import { S } from '../common';
import { bulkInsert, type Engagement, type Reg, type SeedWorld } from './world';

/** Feedback cards: half-yearly to the unit; year-end with the four aspects, also to the office for 副科级以上. */
export async function seedFeedback(w: SeedWorld, everActive: Reg[]) {
  const { db, city, random, T, Y, rolloutStart, cfg, progress } = w;
  const grace = cfg.feedbackGraceDays;
  const cards: Record<string, unknown>[] = [];
  const cardMeta: { reg: Reg; kind: string; sentOn: string }[] = [];
  const inSpan = (dates: string[], from: string, to: string) =>
    dates.filter((d) => d >= from && d <= to).length;
  const activeAtEnd = (r: Reg, to: string) => r.stampedOn! <= to && (!r.closedOn || r.closedOn > to);
  const periods: { kind: 'half_year' | 'annual'; key: string; from: string; to: string }[] = [];
  for (let y = Number(rolloutStart.slice(0, 4)); y <= Y; y++) {
    for (const h of [half(y, 1), half(y, 2)])
      if (h.to < T && h.to >= rolloutStart) periods.push({ kind: 'half_year', ...h });
    const ys = yearSpan(y);
    if (ys.to < T && ys.to >= rolloutStart) periods.push({ kind: 'annual', ...ys });
  }
  for (const p of periods)
    for (const r of everActive) {
      if (!activeAtEnd(r, p.to)) continue;
      const roll = random();
      if (roll < 0.03) continue;
      const sentOn = addDays(
        p.to,
        roll < 0.9 ? intBetween(random, 1, grace) : intBetween(random, grace + 1, grace + 30),
      );
      if (sentOn > T) continue;
      let ratings: Record<string, string> | null = null;
      let overall: string | null = null;
      if (p.kind === 'annual') {
        const w: Record<Engagement, Record<string, number>> = {
          high: { good: 88, fair: 12, poor: 0 },
          medium: { good: 50, fair: 45, poor: 5 },
          low: { good: 5, fair: 45, poor: 50 },
        };
        ratings = Object.fromEntries(
          FEEDBACK_ASPECTS.map((a) => [
            a,
            a === 'participation' || random() < 0.5 ? weighted(random, w[r.engagement]) : 'good',
          ]),
        );
        overall = ratings.participation!;
      }
      cards.push({
        city_id: city,
        registration_id: r.id,
        member_id: r.memberId,
        community_org_id: r.communityOrgId,
        unit_org_id: r.unitOrgId,
        kind: p.kind,
        period_key: p.key,
        period_from: p.from,
        period_to: p.to,
        due_on: addDays(p.to, grace),
        activities: inSpan(r.activities, p.from, p.to),
        visits: inSpan(r.visits, p.from, p.to),
        practical_things: inSpan(r.things, p.from, p.to),
        ratings,
        overall,
        comment: null,
        sent_on: sentOn,
      });
      cardMeta.push({ reg: r, kind: p.kind, sentOn });
    }
  const cardIds = await bulkInsert(db, `${S}.feedback_card`, cards, (d, t) =>
    progress('feedback cards', d, t),
  );
  const deliveries: Record<string, unknown>[] = [];
  cardMeta.forEach((m, i) => {
    const received = (on: string) => {
      const d = addDays(on, intBetween(random, 1, 10));
      return random() < 0.85 && d <= T ? d : null;
    };
    deliveries.push({
      city_id: city,
      card_id: cardIds[i],
      recipient: 'unit',
      org_id: m.reg.unitOrgId,
      delivered_on: m.sentOn,
      received_on: received(m.sentOn),
    });
    if (m.kind === 'annual' && (SECTION_DEPUTY_AND_ABOVE as readonly string[]).includes(m.reg.cadreRank))
      deliveries.push({
        city_id: city,
        card_id: cardIds[i],
        recipient: 'office',
        org_id: null,
        delivered_on: m.sentOn,
        received_on: received(m.sentOn),
      });
  });
  await bulkInsert(db, `${S}.feedback_delivery`, deliveries);
}
