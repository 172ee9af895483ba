import { describe, forbidden, idParam, notFound, paging, type PluginEnv, validate } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { addDays, parsePeriodKey, type Span } from '../../shared/dates';
import { FEEDBACK_ASPECTS, FEEDBACK_RATINGS, SECTION_DEPUTY_AND_ABOVE } from '../../shared/terms';
import {
  audit,
  type C,
  type Ctx,
  cityId,
  config,
  conflict,
  ENTITY,
  hasOfficeAccess,
  inScope,
  invalid,
  managedCommunity,
  queryId,
  S,
  TAG,
  today,
  say,
} from '../common';
import { scopeFor } from '../rules/routes';
import {
  feedbackCardSchema,
  feedbackDetailSchema,
  feedbackListSchema,
  feedbackStatusSchema,
  receivedSchema,
  sentSchema,
} from '../schemas';
import type { FuguDb } from '../db';
import type { Config } from '../../manifest';

const rating = z.enum(FEEDBACK_RATINGS);
const ratingsSchema = z.object(
  Object.fromEntries(FEEDBACK_ASPECTS.map((a) => [a, rating])) as Record<
    (typeof FEEDBACK_ASPECTS)[number],
    typeof rating
  >,
);
const kindSchema = z.enum(['half_year', 'annual']);
const createBody = z.object({
  communityOrgId: z.number().int().positive(),
  memberId: z.number().int().positive(),
  kind: kindSchema,
  periodKey: z.string().trim().max(10),
  ratings: ratingsSchema.partial().optional(),
  overall: rating.nullable().optional(),
  comment: z.string().trim().max(1000).nullable().optional(),
});
const batchBody = z.object({
  communityOrgId: z.number().int().positive(),
  periodKey: z.string().trim().max(10),
});
const listQuery = paging.extend({
  box: z.enum(['sent', 'unit', 'office', 'mine']).default('sent'),
  kind: kindSchema.optional(),
  periodKey: z.string().trim().max(10).optional(),
  communityOrgId: queryId.optional(),
});
const receiveBody = z.object({ recipient: z.enum(['unit', 'office']) });
const statusQuery = z.object({ periodKey: z.string().trim().max(10), orgId: queryId.optional() });

/** The period a card covers, checked against its kind. */
export function cardPeriod(kind: 'half_year' | 'annual', key: string): Span {
  const span = parsePeriodKey(key);
  const ok = span && (kind === 'half_year' ? /^\d{4}-H[12]$/.test(key) : /^\d{4}$/.test(key));
  if (!ok)
    throw invalid(
      kind === 'half_year'
        ? say('半年卡的期间形如 2026-H1', 'use 2026-H1 or 2026-H2')
        : say('年度卡的期间形如 2026', 'use a year like 2026'),
      'periodKey',
    );
  return span!;
}

/** A card may be filled from the first day of its period's last month. */
const opensOn = (p: Span) => `${p.to.slice(0, 8)}01`;

/** Registrations at a community during a period: stamped by its end and still active, or closed only after it. */
function eligible(db: FuguDb, city: number, communityOrgId: number, p: Span) {
  return db
    .selectFrom(`${S}.registration as r`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .select(['r.id', 'r.member_id', 'r.unit_org_id', 'r.community_org_id', 'm.cadre_rank'])
    .where('r.city_id', '=', city)
    .where('r.community_org_id', '=', communityOrgId)
    .where('r.stamped_on', '<=', p.to)
    .where((eb) => eb.or([eb('r.status', 'in', ['stamped', 'filed']), eb('r.closed_on', '>', p.to)]));
}

async function countsFor(db: FuguDb, city: number, registrationId: number, p: Span) {
  const r = await sql<{ activities: number; visits: number; things: number }>`select
      (select count(*)::int from ${sql.table(`${S}.participation`)} x join ${sql.table(`${S}.activity`)} a on a.city_id = x.city_id and a.id = x.activity_id
        where x.city_id = ${city} and x.registration_id = ${registrationId} and a.held_on between ${p.from} and ${p.to}) as activities,
      (select count(*)::int from ${sql.table(`${S}.report_visit`)} v where v.city_id = ${city} and v.registration_id = ${registrationId} and v.visited_on between ${p.from} and ${p.to}) as visits,
      (select count(*)::int from ${sql.table(`${S}.practical_thing`)} t where t.city_id = ${city} and t.registration_id = ${registrationId} and t.done_on between ${p.from} and ${p.to}) as things`.execute(
    db,
  );
  return r.rows[0]!;
}

/** Who gets a card: always the unit's org; a year-end card of a 副科级以上 cadre also goes to the county office. */
export function recipientsFor(kind: 'half_year' | 'annual', cadreRank: string): ('unit' | 'office')[] {
  return kind === 'annual' && (SECTION_DEPUTY_AND_ABOVE as readonly string[]).includes(cadreRank)
    ? ['unit', 'office']
    : ['unit'];
}

async function insertCard(
  trx: FuguDb,
  c: C,
  reg: { id: number; member_id: number; unit_org_id: number; community_org_id: number; cadre_rank: string },
  kind: 'half_year' | 'annual',
  p: Span,
  on: string,
  grace: number,
  body: { ratings?: Record<string, string> | null; overall?: string | null; comment?: string | null },
) {
  const city = cityId(c);
  const n = await countsFor(trx, city, reg.id, p);
  const card = await trx
    .insertInto(`${S}.feedback_card`)
    .values({
      city_id: city,
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
      sent_by: c.get('actor').userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recipients = recipientsFor(kind, reg.cadre_rank);
  await trx
    .insertInto(`${S}.feedback_delivery`)
    .values(
      recipients.map((r) => ({
        city_id: city,
        card_id: card.id,
        recipient: r,
        org_id: r === 'unit' ? reg.unit_org_id : null,
        delivered_on: on,
      })),
    )
    .execute();
  return { id: card.id as number, recipients };
}

export function feedbackRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  const cardSelect = (city: number) =>
    db
      .selectFrom(`${S}.feedback_card as f`)
      .innerJoin('core.member as m', (j) =>
        j.onRef('m.city_id', '=', 'f.city_id').onRef('m.id', '=', 'f.member_id'),
      )
      .innerJoin('core.org as co', (j) =>
        j.onRef('co.city_id', '=', 'f.city_id').onRef('co.id', '=', 'f.community_org_id'),
      )
      .innerJoin('core.org as uo', (j) =>
        j.onRef('uo.city_id', '=', 'f.city_id').onRef('uo.id', '=', 'f.unit_org_id'),
      )
      .select([
        'f.id',
        'f.registration_id as registrationId',
        'f.member_id as memberId',
        'm.name as memberName',
        'm.cadre_rank as cadreRank',
        'f.community_org_id as communityOrgId',
        'co.name as communityName',
        'f.unit_org_id as unitOrgId',
        'uo.name as unitOrgName',
        'f.kind',
        'f.period_key as periodKey',
        'f.period_from as periodFrom',
        'f.period_to as periodTo',
        'f.due_on as dueOn',
        'f.sent_on as sentOn',
        'f.activities',
        'f.visits',
        'f.practical_things as practicalThings',
        'f.ratings',
        'f.overall',
        'f.comment',
        'co.path as communityPath',
        'uo.path as unitPath',
      ])
      .where('f.city_id', '=', city);

  async function deliveriesOf(cardIds: number[], city: number) {
    if (!cardIds.length) return [];
    return db
      .selectFrom(`${S}.feedback_delivery`)
      .select([
        'card_id as cardId',
        'recipient',
        'org_id as orgId',
        'delivered_on as deliveredOn',
        'received_on as receivedOn',
      ])
      .where('city_id', '=', city)
      .where('card_id', 'in', cardIds)
      .orderBy('id')
      .execute();
  }

  const view = (card: any, deliveries: any[]) => {
    const { communityPath: _c, unitPath: _u, ...rest } = card;
    return {
      ...rest,
      onTime: card.sentOn <= card.dueOn,
      deliveries: deliveries.filter((d) => d.cardId === card.id),
    };
  };

  app.post(
    '/feedback-cards',
    describe({
      summary:
        'The community sends a member’s feedback card (half-yearly, or the year-end appraisal) to the unit — and the office for 副科级以上',
      status: 201,
      response: feedbackCardSchema,
      ...TAG,
      responses: { 409: 'member not registered at this community' },
    }),
    validate('json', createBody),
    async (c) => {
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const p = cardPeriod(b.kind, b.periodKey);
      const on = today(ctx);
      if (on < opensOn(p))
        throw conflict(
          say(`${p.key} 尚未到填卡时间（${opensOn(p)} 起）`, `cards for ${p.key} open on ${opensOn(p)}`),
          'periodKey',
        );
      let ratings: Record<string, string> | null = null;
      if (b.kind === 'annual') {
        const missing = FEEDBACK_ASPECTS.filter((a) => !b.ratings?.[a]);
        if (missing.length)
          throw invalid(
            say(`年终综合评议须评定：${missing.join(', ')}`, `year-end card needs every aspect rated`),
            `ratings.${missing[0]}`,
          );
        if (!b.overall)
          throw invalid(say('年终综合评议须给出总体评价', 'overall rating required'), 'overall');
        ratings = b.ratings as Record<string, string>;
      } else if (b.ratings && Object.keys(b.ratings).length) ratings = b.ratings as Record<string, string>;
      const city = cityId(c);
      const reg = await eligible(db, city, org.id, p)
        .where('r.member_id', '=', b.memberId)
        .orderBy('r.id', 'desc')
        .executeTakeFirst();
      if (!reg)
        throw conflict(
          say('该党员未在本社区报到，不能发送反馈卡', 'the member is not registered at this community'),
          'memberId',
        );
      const dup = await db
        .selectFrom(`${S}.feedback_card`)
        .select('id')
        .where('city_id', '=', city)
        .where('registration_id', '=', reg.id)
        .where('kind', '=', b.kind)
        .where('period_key', '=', p.key)
        .executeTakeFirst();
      if (dup) throw conflict(say(`${p.key} 的反馈卡已发送`, `already sent for ${p.key}`), 'periodKey');
      const card = await db.transaction().execute(async (trx) => {
        const card = await insertCard(trx, c, reg as any, b.kind, p, on, config(c).feedbackGraceDays, {
          ratings,
          overall: b.overall ?? null,
          comment: b.comment ?? null,
        });
        await audit(trx, c, 'send', 'feedback_card', card.id, null, {
          registrationId: reg.id,
          kind: b.kind,
          period: p.key,
          recipients: card.recipients,
        });
        return card;
      });
      return c.json(card, 201);
    },
  );

  app.post(
    '/feedback-cards/batch',
    describe({
      summary:
        'Send the half-year cards of every member registered at the community who has none for the period',
      status: 201,
      response: sentSchema,
      ...TAG,
    }),
    validate('json', batchBody),
    async (c) => {
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const p = cardPeriod('half_year', b.periodKey);
      const on = today(ctx);
      if (on < opensOn(p))
        throw conflict(
          say(`${p.key} 尚未到填卡时间`, `cards for ${p.key} open on ${opensOn(p)}`),
          'periodKey',
        );
      const city = cityId(c);
      const regs = await eligible(db, city, org.id, p)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom(`${S}.feedback_card as f`)
                .select('f.id')
                .whereRef('f.city_id', '=', 'r.city_id')
                .whereRef('f.registration_id', '=', 'r.id')
                .where('f.kind', '=', 'half_year')
                .where('f.period_key', '=', p.key),
            ),
          ),
        )
        .orderBy('r.id')
        .execute();
      await db.transaction().execute(async (trx) => {
        for (const reg of regs)
          await insertCard(trx, c, reg as any, 'half_year', p, on, config(c).feedbackGraceDays, {});
        await audit(trx, c, 'send_batch', 'feedback_card', org.id, null, {
          period: p.key,
          sent: regs.length,
        });
      });
      return c.json({ sent: regs.length }, 201);
    },
  );

  app.get(
    '/feedback-cards',
    describe({
      summary:
        'Feedback cards: sent by the actor’s communities, received by their units, routed to the office, or the member’s own',
      response: feedbackListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      const f = c.req.valid('query');
      const city = cityId(c);
      const access = c.get('access');
      let q = cardSelect(city);
      if (f.box === 'mine') {
        if (access.level !== 'self') throw forbidden();
        q = q.where('f.member_id', '=', access.memberId ?? -1);
      } else {
        if (access.level === 'self') throw forbidden();
        if (f.box === 'office') {
          if (!(await hasOfficeAccess(db, c))) throw forbidden();
          q = q.where((eb) =>
            eb.exists(
              eb
                .selectFrom(`${S}.feedback_delivery as d`)
                .select('d.id')
                .whereRef('d.city_id', '=', 'f.city_id')
                .whereRef('d.card_id', '=', 'f.id')
                .where('d.recipient', '=', 'office'),
            ),
          );
        } else if (access.level === 'orgs') {
          const col = f.box === 'sent' ? 'co.path' : 'uo.path';
          q = q.where((eb) => eb.or(access.paths.map((p) => eb(col, 'like', `${p}%`))));
        }
      }
      if (f.kind) q = q.where('f.kind', '=', f.kind);
      if (f.periodKey) q = q.where('f.period_key', '=', f.periodKey);
      if (f.communityOrgId) q = q.where('f.community_org_id', '=', f.communityOrgId);
      const [rows, total] = await Promise.all([
        q
          .orderBy('f.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      const deliveries = await deliveriesOf(
        rows.map((r: any) => r.id),
        city,
      );
      return c.json({
        items: rows.map((r) => view(r, deliveries)),
        total: Number(total.n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  async function loadCard(c: C, id: number) {
    const city = cityId(c);
    const card = (await cardSelect(city).where('f.id', '=', id).executeTakeFirst()) as any;
    if (!card) throw notFound(ENTITY.card);
    const deliveries = await deliveriesOf([card.id], city);
    const access = c.get('access');
    const community = inScope(access, card.communityPath);
    const unit = inScope(access, card.unitPath);
    const self = access.level === 'self' && access.memberId === card.memberId;
    const office = deliveries.some((d: any) => d.recipient === 'office') && (await hasOfficeAccess(db, c));
    if (!community && !unit && !self && !office) throw notFound(ENTITY.card);
    return { card, deliveries, sides: { community, unit, self, office } };
  }

  app.get(
    '/feedback-cards/:id',
    describe({
      summary: 'One feedback card with where it went',
      response: feedbackDetailSchema,
      responses: { 404: 'no such card' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { card, deliveries, sides } = await loadCard(c, c.req.valid('param').id);
      return c.json({ ...view(card, deliveries), sides });
    },
  );

  app.post(
    '/feedback-cards/:id/receive',
    describe({
      summary: 'The unit (or the office) acknowledges a card it received',
      response: receivedSchema,
      responses: { 404: 'no such card' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', receiveBody),
    async (c) => {
      const { card, deliveries, sides } = await loadCard(c, c.req.valid('param').id);
      const recipient = c.req.valid('json').recipient;
      const d = deliveries.find((x: any) => x.recipient === recipient) as any;
      if (!d) throw invalid(say('此卡未送达该方', 'the card was not routed there'), 'recipient');
      if (recipient === 'unit' ? !sides.unit : !sides.office) throw forbidden();
      if (d.receivedOn) throw conflict(say('已签收', 'already received'), 'recipient');
      const on = today(ctx);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.feedback_delivery`)
          .set({ received_on: on, received_by: c.get('actor').userId })
          .where('city_id', '=', cityId(c))
          .where('card_id', '=', card.id)
          .where('recipient', '=', recipient)
          .execute();
        await audit(trx, c, 'receive', 'feedback_card', card.id, null, { recipient, on });
      });
      return c.json({ ok: true, receivedOn: on });
    },
  );

  app.get(
    '/feedback/status',
    describe({
      summary: 'Per community: half-year or year-end cards expected, sent, on time and missing for a period',
      response: feedbackStatusSchema,
      ...TAG,
    }),
    validate('query', statusQuery),
    async (c) => {
      const f = c.req.valid('query');
      const kind = /^\d{4}$/.test(f.periodKey) ? 'annual' : 'half_year';
      const p = cardPeriod(kind, f.periodKey);
      const scope = await scopeFor(db, c, f.orgId);
      const due = addDays(p.to, config(c).feedbackGraceDays);
      const scopeSql =
        scope === null
          ? sql`true`
          : scope.length
            ? sql`(${sql.join(
                scope.map((s) => sql`co.path like ${`${s}%`}`),
                sql` or `,
              )})`
            : sql`false`;
      const r = await sql<any>`select co.id as "communityOrgId", co.name as "communityName",
        count(r.id)::int as expected,
        count(f.id)::int as sent,
        count(f.id) filter (where f.sent_on <= f.due_on)::int as "onTime"
      from core.org co
      join ${sql.table(`${S}.registration`)} r on r.city_id = co.city_id and r.community_org_id = co.id
        and r.stamped_on <= ${p.to} and (r.status in ('stamped', 'filed') or r.closed_on > ${p.to})
      left join ${sql.table(`${S}.feedback_card`)} f on f.city_id = r.city_id and f.registration_id = r.id and f.kind = ${kind} and f.period_key = ${p.key}
      where co.city_id = ${cityId(c)} and ${scopeSql}
      group by co.id, co.name order by co.id`.execute(db);
      return c.json({
        period: p,
        kind,
        dueOn: due,
        items: r.rows.map((x: any) => ({ ...x, missing: x.expected - x.sent })),
      });
    },
  );

  return app;
}
