import {
  actionsFor,
  describe,
  idParam,
  isoDate,
  notFound,
  paging,
  type PluginEnv,
  requireOrgAdmin,
  text,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { type C, type Ctx, loadRegion } from '../common';
import { registrationRow } from '../registrations/queries';
import { serviceDecisionSchema, serviceMineSchema, servicePageSchema, serviceRecordSchema } from '../schemas';
import { memberServices, regionServicePage, serviceRow } from './queries';
import { MAX_SERVICE_HOURS, mayDecide, SERVICE_STATUSES, type ServiceStatus } from './rules';
import { decideServiceRecord, logService } from './service';

/**
 * 奉献双岗位 service records: HTTP only (validation, scope, status codes); the work is in service.ts and queries.ts.
 * A member logs service under their own registration (an admin of the region may log it for them); the region's
 * admins list and decide; a member reads their own.
 */

// Bounds here give the 400 naming the field for malformed input; the rules refine (tenths, dates, registration).
const logBody = z.object({
  servedOn: isoDate,
  hours: z.number().gt(0).max(MAX_SERVICE_HOURS),
  content: text(200),
});
const decisionBody = z.object({ confirmed: z.boolean() });
const listQuery = paging.extend({ status: z.enum(SERVICE_STATUSES).optional() });
const mineQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export function serviceRecordRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: service'] };
  const missing = () => notFound({ 'zh-CN': '服务记录', en: 'Service record' });

  /** The registration a service is logged under: the member's own, or one in a region the admin manages. */
  async function registrationFor(c: C, regId: number) {
    const row = await registrationRow(db, c.get('city').id, regId);
    const notYours = () => notFound({ 'zh-CN': '登记记录', en: 'Registration' });
    if (!row) throw notYours();
    const access = c.get('access');
    if (access.level === 'self') {
      if (access.memberId !== row.member_id) throw notYours();
    } else await loadRegion(db, c, row.region_id, 'manage');
    return row;
  }

  app.post(
    '/registrations/:id/services',
    describe({
      status: 201,
      response: serviceRecordSchema,
      summary:
        '奉献双岗位: log a service the registered member gave in the region (awaits the region’s confirmation)',
      ...tag,
      responses: { 409: 'the registration has ended' },
    }),
    validate('param', idParam),
    validate('json', logBody),
    async (c) => {
      const reg = await registrationFor(c, c.req.valid('param').id);
      return c.json(await logService(ctx, whoOf(c), reg, c.req.valid('json')), 201);
    },
  );

  app.get(
    '/regions/:id/services',
    describe({
      response: servicePageSchema,
      summary: 'Service logged by the region’s members, by status',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const page = await regionServicePage(db, c.get('city').id, region.id, c.req.valid('query'));
      // Each row says whether it may still be decided, by the rule the decision route enforces.
      const items = page.items.map((i) => ({
        ...i,
        actions: actionsFor({ decide: mayDecide(i.status as ServiceStatus) }, c.get('locale')),
      }));
      return c.json({ ...page, items });
    },
  );

  app.post(
    '/services/:id/decision',
    describe({
      response: serviceDecisionSchema,
      summary: 'Confirm or reject a submitted service record (the region’s org)',
      ...tag,
      responses: { 409: 'already decided' },
    }),
    validate('param', idParam),
    validate('json', decisionBody),
    async (c) => {
      requireOrgAdmin(c);
      const rec = await serviceRow(db, c.get('city').id, c.req.valid('param').id);
      if (!rec) throw missing();
      // Another region's admin sees no such record (404), as with the region itself.
      await loadRegion(db, c, rec.region_id, 'manage');
      return c.json(await decideServiceRecord(ctx, whoOf(c), rec, c.req.valid('json')));
    },
  );

  app.get(
    '/me/services',
    describe({
      response: serviceMineSchema,
      summary: 'The signed-in member’s own service records and confirmed hours',
      ...tag,
    }),
    validate('query', mineQuery),
    async (c) => {
      const memberId = c.get('actor').memberId;
      if (!memberId) return c.json({ items: [], confirmedHours: 0, submitted: 0 });
      return c.json(await memberServices(db, c.get('city').id, memberId, c.req.valid('query').limit));
    },
  );

  return app;
}
