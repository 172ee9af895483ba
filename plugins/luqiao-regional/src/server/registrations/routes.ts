import {
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  optionalText,
  paging,
  type PluginEnv,
  positiveId,
  requireOrgAdmin,
  say,
  text,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { REGISTRATION_VIA, type RegistrationVia } from '../../shared/model';
import { type C, type Ctx, loadRegion } from '../common';
import {
  bulkRegisteredSchema,
  idStatusSchema,
  meSchema,
  nominationSchema,
  okSchema,
  pendingSchema,
  registrationListSchema,
  registrationSchema,
  shopSchema,
  shopsSchema,
} from '../schemas';
import {
  memberOwn,
  nominationRow,
  pendingMembers,
  registrationPage,
  registrationRow,
  shopsOf,
} from './queries';
import { decide, endRegistration, nominate, plan, register, registrationDate, showShop } from './service';

/** The registration routes: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts. */

const registerBody = z.object({ memberId: positiveId, registeredOn: isoDate.optional() });
const bulkBody = z.object({
  memberIds: z.array(positiveId).min(1).max(500),
  registeredOn: isoDate.optional(),
});
const endBody = z.object({ endedOn: isoDate.optional(), reason: text(200) });
const shopBody = z.object({ shopName: text(80), displayedOn: isoDate.optional() });
const nominateBody = z.object({ year: z.number().int().min(2000).max(2100), note: optionalText(200) });
const decideBody = z.object({ awarded: z.boolean(), note: optionalText(200) });
const listQuery = paging.extend({
  via: z.enum(Object.keys(REGISTRATION_VIA) as [RegistrationVia, ...RegistrationVia[]]).optional(),
  shop: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(60).optional(),
});
const pendingQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

export function registrationRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: registration'] };

  /** A registration the actor may act on: an admin of its region, or the member themself when `self` is allowed. */
  async function loadRegistration(c: C, regId: number, allowSelf: boolean) {
    const row = await registrationRow(db, c.get('city').id, regId);
    if (!row) throw notFound({ 'zh-CN': '登记记录', en: 'Registration' });
    const access = c.get('access');
    if (access.level === 'self') {
      if (!allowSelf || access.memberId !== row.member_id)
        throw notFound({ 'zh-CN': '登记记录', en: 'Registration' });
      const region = await loadRegion(db, c, row.region_id, 'read');
      return { row, region };
    }
    const region = await loadRegion(db, c, row.region_id, 'manage');
    return { row, region };
  }

  app.get(
    '/regions/:id/registrations',
    describe({
      response: registrationListSchema,
      summary: 'Members registered in the region (current), with shops that 亮牌',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      return c.json(await registrationPage(db, c.get('city').id, region.id, c.req.valid('query')));
    },
  );

  app.get(
    '/regions/:id/pending',
    describe({
      response: pendingSchema,
      summary: 'Members working in the region’s units who have not registered yet',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', pendingQuery),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      return c.json({
        items: await pendingMembers(db, c.get('city').id, region.id, c.req.valid('query').limit),
      });
    },
  );

  app.post(
    '/regions/:id/registrations',
    describe({
      status: 201,
      response: registrationSchema,
      summary: 'Register a member with the region (a member may register themself)',
      ...tag,
      responses: { 409: 'already registered' },
    }),
    validate('param', idParam),
    validate('json', registerBody),
    async (c) => {
      const b = c.req.valid('json');
      const access = c.get('access');
      const self = access.level === 'self';
      if (self && access.memberId !== b.memberId)
        throw invalid(say('党员只能为自己登记', 'members register only themselves'), 'memberId');
      const region = await loadRegion(db, c, c.req.valid('param').id, self ? 'read' : 'manage');
      const on = registrationDate(ctx, b.registeredOn);
      const plans = await plan(db, c.get('city').id, region, [b.memberId], () => 'memberId');
      const [created] = await register(db, whoOf(c), region, plans, on);
      return c.json(created, 201);
    },
  );

  app.post(
    '/regions/:id/registrations/bulk',
    describe({
      status: 201,
      response: bulkRegisteredSchema,
      summary: 'Register several members at once (all or none)',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', bulkBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const b = c.req.valid('json');
      const ids = [...new Set(b.memberIds)];
      const on = registrationDate(ctx, b.registeredOn);
      const plans = await plan(db, c.get('city').id, region, ids, (i) => `memberIds.${i}`);
      const created = await register(db, whoOf(c), region, plans, on);
      return c.json({ items: created, count: created.length }, 201);
    },
  );

  app.post(
    '/registrations/:id/end',
    describe({
      response: okSchema,
      summary: 'End a registration (left the region), reason recorded',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', endBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await loadRegistration(c, c.req.valid('param').id, false);
      await endRegistration(ctx, whoOf(c), row, c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.post(
    '/registrations/:id/shop',
    describe({
      response: shopSchema,
      summary: '亮牌: a shop-owner member shows their party identity at their shop',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', shopBody),
    async (c) => {
      const { row } = await loadRegistration(c, c.req.valid('param').id, true);
      return c.json(await showShop(ctx, whoOf(c), row, c.req.valid('json')));
    },
  );

  app.post(
    '/registrations/:id/nominations',
    describe({
      status: 201,
      response: nominationSchema,
      summary: 'Nominate a 亮牌 shop for 共产党员示范店 in a year',
      ...tag,
      responses: { 409: 'already nominated that year' },
    }),
    validate('param', idParam),
    validate('json', nominateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await loadRegistration(c, c.req.valid('param').id, false);
      return c.json(await nominate(ctx, whoOf(c), row, c.req.valid('json')), 201);
    },
  );

  app.post(
    '/nominations/:id/decision',
    describe({ response: idStatusSchema, summary: 'Award (or not) a 共产党员示范店 nomination', ...tag }),
    validate('param', idParam),
    validate('json', decideBody),
    async (c) => {
      requireOrgAdmin(c);
      const nom = await nominationRow(db, c.get('city').id, c.req.valid('param').id);
      if (!nom) throw notFound({ 'zh-CN': '示范店提名', en: 'Nomination' });
      await loadRegistration(c, nom.registration_id, false);
      return c.json(await decide(ctx, whoOf(c), nom, c.req.valid('json')));
    },
  );

  app.get(
    '/regions/:id/shops',
    describe({ response: shopsSchema, summary: 'Shops that 亮牌 and their 示范店 nominations', ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      return c.json({ items: await shopsOf(db, c.get('city').id, region.id) });
    },
  );

  app.get(
    '/me',
    describe({
      response: meSchema,
      summary: 'The signed-in member’s own registration, shop and nominations',
      ...tag,
    }),
    async (c) => {
      const memberId = c.get('actor').memberId;
      if (!memberId) return c.json({ memberId: null, registrations: [], worksIn: null });
      return c.json(await memberOwn(db, c.get('city').id, memberId));
    },
  );

  return app;
}
