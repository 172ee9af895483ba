import {
  addDays,
  conflict,
  describe,
  forbidden,
  idParam,
  inScope,
  invalid,
  notFound,
  type PluginEnv,
  paging,
  queryId,
  say,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import type { Span } from '../../shared/dates';
import { FEEDBACK_ASPECTS, FEEDBACK_RATINGS } from '../../shared/terms';
import {
  type C,
  type Ctx,
  cityId,
  config,
  ENTITY,
  hasOfficeAccess,
  managedCommunity,
  S,
  TAG,
} from '../common';
import { scopeFor } from '../rules/routes';
import {
  feedbackDetailSchema,
  feedbackListSchema,
  feedbackSentCardSchema,
  feedbackStatusSchema,
  receivedSchema,
  sentSchema,
} from '../schemas';
import {
  cardSelect,
  cardStatus,
  deliveriesOf,
  eligibleOf,
  existingCard,
  withoutHalfYearCard,
} from './queries';
import { type CardKind, cardRatings, cardView, kindOfKey, opensOn, periodOf } from './rules';
import * as service from './service';

/** The HTTP side of feedback cards (反馈卡): the community sends, the unit and the office receive. */

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

/** The period a card covers, checked against its kind: 400 naming periodKey when it does not fit. */
function cardPeriod(kind: CardKind, key: string): Span {
  const p = periodOf(kind, key);
  if ('problem' in p) throw invalid(p.problem, 'periodKey');
  return p.span;
}

export function feedbackRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.post(
    '/feedback-cards',
    describe({
      summary:
        'The community sends a member’s feedback card (half-yearly, or the year-end appraisal) to the unit — and the office for 副科级以上',
      status: 201,
      response: feedbackSentCardSchema,
      ...TAG,
      responses: { 409: 'member not registered at this community' },
    }),
    validate('json', createBody),
    async (c) => {
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const p = cardPeriod(b.kind, b.periodKey);
      const on = todayOf(ctx);
      if (on < opensOn(p))
        throw conflict(
          say(`${p.key} 尚未到填卡时间（${opensOn(p)} 起）`, `cards for ${p.key} open on ${opensOn(p)}`),
          'periodKey',
        );
      const rated = cardRatings(b.kind, b.ratings, b.overall);
      if ('problem' in rated) throw invalid(rated.problem, rated.field);
      const city = cityId(c);
      const reg = await eligibleOf(db, city, org.id, p, b.memberId);
      if (!reg)
        throw conflict(
          say('该党员未在本社区报到，不能发送反馈卡', 'the member is not registered at this community'),
          'memberId',
        );
      if (await existingCard(db, city, reg.id, b.kind, p.key))
        throw conflict(say(`${p.key} 的反馈卡已发送`, `already sent for ${p.key}`), 'periodKey');
      const card = await service.sendCard(db, whoOf(c), reg, b.kind, p, on, config(c).feedbackGraceDays, {
        ratings: rated.ratings,
        overall: b.overall ?? null,
        comment: b.comment ?? null,
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
      const on = todayOf(ctx);
      if (on < opensOn(p))
        throw conflict(
          say(`${p.key} 尚未到填卡时间`, `cards for ${p.key} open on ${opensOn(p)}`),
          'periodKey',
        );
      const regs = await withoutHalfYearCard(db, cityId(c), org.id, p);
      await service.sendBatch(db, whoOf(c), org.id, regs, p, on, config(c).feedbackGraceDays);
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
      let q = cardSelect(db, city);
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
        db,
        city,
        rows.map((r) => r.id),
      );
      return c.json({
        items: rows.map((r) => cardView(r, deliveries)),
        total: Number(total.n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  async function loadCard(c: C, id: number) {
    const city = cityId(c);
    const card = await cardSelect(db, city).where('f.id', '=', id).executeTakeFirst();
    if (!card) throw notFound(ENTITY.card);
    const deliveries = await deliveriesOf(db, city, [card.id]);
    const access = c.get('access');
    const community = inScope(access, card.communityPath);
    const unit = inScope(access, card.unitPath);
    const self = access.level === 'self' && access.memberId === card.memberId;
    const office = deliveries.some((d) => d.recipient === 'office') && (await hasOfficeAccess(db, c));
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
      return c.json({ ...cardView(card, deliveries), sides });
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
      const d = deliveries.find((x) => x.recipient === recipient);
      if (!d) throw invalid(say('此卡未送达该方', 'the card was not routed there'), 'recipient');
      if (recipient === 'unit' ? !sides.unit : !sides.office) throw forbidden();
      if (d.receivedOn) throw conflict(say('已签收', 'already received'), 'recipient');
      const on = todayOf(ctx);
      await service.receive(db, whoOf(c), card.id, recipient, on);
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
      const kind = kindOfKey(f.periodKey);
      const p = cardPeriod(kind, f.periodKey);
      const scope = await scopeFor(db, c, f.orgId);
      const rows = await cardStatus(db, cityId(c), scope, kind, p);
      return c.json({
        period: p,
        kind,
        dueOn: addDays(p.to, config(c).feedbackGraceDays),
        items: rows.map((x) => ({ ...x, missing: x.expected - x.sent })),
      });
    },
  );

  return app;
}
