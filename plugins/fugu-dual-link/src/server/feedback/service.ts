import { addDays, type Who } from '@jiceng/plugin-kit';
import type { Span } from '../../shared/dates';
import { audit, S } from '../common';
import type { FuguDb } from '../db';
import { countsFor, type EligibleRegistration } from './queries';
import { type CardKind, recipientsFor } from './rules';

/** The transactions of feedback cards: sending (one or a batch) and receiving, each audited. */

async function insertCard(
  trx: FuguDb,
  who: Who,
  reg: EligibleRegistration,
  kind: CardKind,
  p: Span,
  on: string,
  grace: number,
  body: { ratings?: Record<string, string> | null; overall?: string | null; comment?: string | null },
) {
  const n = await countsFor(trx, who.cityId, reg.id, p);
  const card = await trx
    .insertInto(`${S}.feedback_card`)
    .values({
      city_id: who.cityId,
      registration_id: reg.id,
      member_id: reg.member_id,
      community_org_id: reg.community_org_id,
      unit_org_id: reg.unit_org_id,
      kind,
      period_key: p.key,
      period_from: p.from,
      period_to: p.to,
      due_on: addDays(p.to, grace),
      activities: n.activities,
      visits: n.visits,
      practical_things: n.things,
      ratings: body.ratings ? JSON.stringify(body.ratings) : null,
      overall: body.overall ?? null,
      comment: body.comment ?? null,
      sent_on: on,
      sent_by: who.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recipients = recipientsFor(kind, reg.cadre_rank);
  await trx
    .insertInto(`${S}.feedback_delivery`)
    .values(
      recipients.map((r) => ({
        city_id: who.cityId,
        card_id: card.id,
        recipient: r,
        org_id: r === 'unit' ? reg.unit_org_id : null,
        delivered_on: on,
      })),
    )
    .execute();
  return { id: card.id, recipients };
}

/** The community sends one card (counts taken now), delivered to the unit and, when due, the office. */
export function sendCard(
  db: FuguDb,
  who: Who,
  reg: EligibleRegistration,
  kind: CardKind,
  p: Span,
  on: string,
  grace: number,
  body: { ratings: Record<string, string> | null; overall: string | null; comment: string | null },
) {
  return db.transaction().execute(async (trx) => {
    const card = await insertCard(trx, who, reg, kind, p, on, grace, body);
    await audit(trx, who, {
      action: 'send',
      entity: 'feedback_card',
      entityId: card.id,
      before: null,
      after: {
        registrationId: reg.id,
        kind,
        period: p.key,
        recipients: card.recipients,
      },
    });
    return card;
  });
}

/** The half-year cards of all the given registrations at once, one audit entry for the batch. */
export function sendBatch(
  db: FuguDb,
  who: Who,
  communityOrgId: number,
  regs: EligibleRegistration[],
  p: Span,
  on: string,
  grace: number,
) {
  return db.transaction().execute(async (trx) => {
    for (const reg of regs) await insertCard(trx, who, reg, 'half_year', p, on, grace, {});
    await audit(trx, who, {
      action: 'send_batch',
      entity: 'feedback_card',
      entityId: communityOrgId,
      before: null,
      after: {
        period: p.key,
        sent: regs.length,
      },
    });
  });
}

export function receive(db: FuguDb, who: Who, cardId: number, recipient: 'unit' | 'office', on: string) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.feedback_delivery`)
      .set({ received_on: on, received_by: who.userId })
      .where('city_id', '=', who.cityId)
      .where('card_id', '=', cardId)
      .where('recipient', '=', recipient)
      .execute();
    await audit(trx, who, {
      action: 'receive',
      entity: 'feedback_card',
      entityId: cardId,
      before: null,
      after: { recipient, on },
    });
  });
}
