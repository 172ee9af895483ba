import {
  actionsFor,
  ApiError,
  describe,
  enforce,
  idParam,
  invalid,
  isoDate,
  orgPathFilter,
  pathInScope,
  type PluginContext,
  type PluginEnv,
  refuse,
  requireOrgAdmin,
  say,
  todayOf,
  toLocalDate,
  validate,
  whoOf,
  notFound,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { rectificationListSchema, rectificationSchema } from '../schemas';
import { mayClose, mayReopen } from './permissions';
import { audit, type Ctx, reviewsPath } from '../access';
import type { JinanTables } from '../db';

const listQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  status: z.enum(['open', 'closed', 'overdue', 'all']).default('all'),
  streetPlaceId: z.coerce.number().int().positive().optional(),
  assessmentId: z.coerce.number().int().positive().optional(),
});
const updateBody = z
  .object({
    ownerName: z.string().trim().min(1).max(60).nullable(),
    measures: z.string().trim().max(2000).nullable(),
    dueDate: isoDate,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const closeBody = z.object({ note: z.string().trim().min(2).max(2000), closedOn: isoDate.optional() });
const reopenBody = z.object({ reason: z.string().trim().min(2).max(1000) });

export function rectificationRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['jinan-standards: rectifications'] };

  const base = (cityId: number) =>
    db
      .selectFrom('p_jinan_standards.rectification as x')
      .innerJoin('p_jinan_standards.result as r', (j) =>
        j.onRef('r.city_id', '=', 'x.city_id').onRef('r.id', '=', 'x.result_id'),
      )
      .innerJoin('p_jinan_standards.standard as s', (j) =>
        j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
      )
      .innerJoin('p_jinan_standards.assessment as a', (j) =>
        j.onRef('a.city_id', '=', 'x.city_id').onRef('a.id', '=', 'x.assessment_id'),
      )
      .innerJoin('p_jinan_standards.campaign as c', (j) =>
        j.onRef('c.city_id', '=', 'a.city_id').onRef('c.id', '=', 'a.campaign_id'),
      )
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'x.city_id').onRef('o.id', '=', 'x.community_org_id'),
      )
      .innerJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.community_place_id'),
      )
      .leftJoin('core.place as st', (j) =>
        j.onRef('st.city_id', '=', 'p.city_id').onRef('st.id', '=', 'p.parent_id'),
      )
      .select([
        'x.id',
        'x.assessment_id',
        'x.problem',
        'x.measures',
        'x.owner_name',
        'x.due_date',
        'x.status',
        'x.closed_on',
        'x.closing_note',
        'x.created_at',
        'a.campaign_id',
        'c.name as campaign_name',
        's.code',
        's.title',
        's.area',
        'p.name as community_name',
        'p.id as community_place_id',
        'st.id as street_place_id',
        'st.name as street_name',
        'o.path',
      ])
      .where('x.city_id', '=', cityId);

  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const view = (r: Row, todayStr: string) => ({
    id: r.id,
    assessmentId: r.assessment_id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    code: r.code,
    title: r.title,
    area: r.area,
    communityPlaceId: r.community_place_id,
    communityName: r.community_name,
    streetName: r.street_name,
    problem: r.problem,
    measures: r.measures,
    ownerName: r.owner_name,
    dueDate: r.due_date,
    status: r.status,
    closedOn: r.closed_on,
    closingNote: r.closing_note,
    overdue: r.status === 'open' && r.due_date < todayStr,
    onTime: r.status === 'closed' ? r.closed_on != null && r.closed_on <= r.due_date : null,
  });

  async function load(c: Ctx, id: number) {
    requireOrgAdmin(c);
    const r = await base(c.get('city').id).where('x.id', '=', id).executeTakeFirst();
    if (!r || !pathInScope(c.get('access'), r.path)) throw notFound(say('整改事项', 'Rectification'));
    return r;
  }

  app.get(
    '/rectifications',
    describe({
      summary: 'The rectification list (整改清单) in the actor’s scope, with counts',
      response: rectificationListSchema,
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const now = todayOf(ctx);
      let q = base(c.get('city').id).where(orgPathFilter(c.get('access'), 'o.path'));
      if (f.campaignId) q = q.where('a.campaign_id', '=', f.campaignId);
      if (f.assessmentId) q = q.where('x.assessment_id', '=', f.assessmentId);
      if (f.streetPlaceId) q = q.where('st.id', '=', f.streetPlaceId);
      const raw = await q.orderBy('x.due_date').orderBy('x.id').execute();
      const rows = raw.map((r) => view(r, now));
      const summary = {
        total: rows.length,
        open: rows.filter((r) => r.status === 'open').length,
        overdue: rows.filter((r) => r.overdue).length,
        closed: rows.filter((r) => r.status === 'closed').length,
        closedOnTime: rows.filter((r) => r.onTime === true).length,
      };
      const items = rows.filter(
        (r) => f.status === 'all' || (f.status === 'overdue' ? r.overdue : r.status === f.status),
      );
      const access = c.get('access');
      const paths = new Map<number, string>(raw.map((r) => [r.id, r.path]));
      const withActions = items.slice(0, 2000).map((r) => {
        const facts = { path: paths.get(r.id)!, status: r.status };
        return {
          ...r,
          actions: actionsFor({ close: mayClose(facts), reopen: mayReopen(access, facts) }, c.get('locale')),
        };
      });
      return c.json({ summary, items: withActions, truncated: items.length > 2000 });
    },
  );

  app.patch(
    '/rectifications/:id',
    describe({
      summary: 'Set the owner and measures (the street or city may also move the due date)',
      response: rectificationSchema,
      responses: {
        403: 'only the street or city moves the due date',
        404: 'no such rectification in the actor’s scope',
        409: 'closed; reopen it first',
      },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      const before = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (before.status !== 'open')
        throw refuse(say('已销号的事项不能修改，需先重新打开', 'closed; reopen it first'));
      if (b.dueDate !== undefined && b.dueDate !== before.due_date && !reviewsPath(c, before.path))
        throw new ApiError(403, 'forbidden', {}, 'dueDate');
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('p_jinan_standards.rectification')
          .set({
            ...(b.ownerName !== undefined ? { owner_name: b.ownerName } : {}),
            ...(b.measures !== undefined ? { measures: b.measures } : {}),
            ...(b.dueDate !== undefined ? { due_date: b.dueDate } : {}),
          })
          .where('city_id', '=', cityId)
          .where('id', '=', before.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'update',
          entity: 'rectification',
          entityId: before.id,
          before: {
            assessmentId: before.assessment_id,
            ownerName: before.owner_name,
            measures: before.measures,
            dueDate: before.due_date,
          },
          after: { assessmentId: before.assessment_id, ...b },
        });
      });
      return c.json(view(await load(c, before.id), todayOf(ctx)));
    },
  );

  app.post(
    '/rectifications/:id/close',
    describe({
      summary: 'Close (销号) with what was done; closing date defaults to today',
      response: rectificationSchema,
      responses: { 404: 'no such rectification in the actor’s scope', 409: 'already closed' },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', closeBody),
    async (c) => {
      const before = await load(c, c.req.valid('param').id);
      enforce(mayClose({ path: before.path, status: before.status }));
      const b = c.req.valid('json');
      const now = todayOf(ctx);
      const closedOn = b.closedOn ?? now;
      if (closedOn > now)
        throw invalid(say('销号日期不能晚于今天', 'closing date is in the future'), 'closedOn');
      if (closedOn < toLocalDate(before.created_at))
        throw invalid(
          say('销号日期早于整改事项产生日期', 'closing date before the item was raised'),
          'closedOn',
        );
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('p_jinan_standards.rectification')
          .set({
            status: 'closed',
            closed_on: closedOn,
            closing_note: b.note,
            closed_by: c.get('actor').userId,
          })
          .where('city_id', '=', cityId)
          .where('id', '=', before.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'close',
          entity: 'rectification',
          entityId: before.id,
          before: { assessmentId: before.assessment_id, status: 'open' },
          after: {
            assessmentId: before.assessment_id,
            status: 'closed',
            closedOn,
            note: b.note,
            onTime: closedOn <= before.due_date,
          },
        });
      });
      return c.json(view(await load(c, before.id), now));
    },
  );

  app.post(
    '/rectifications/:id/reopen',
    describe({
      summary: 'The street or city reopens a closed item that was not really fixed',
      response: rectificationSchema,
      responses: { 403: 'only the street or city', 409: 'not closed' },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', reopenBody),
    async (c) => {
      const before = await load(c, c.req.valid('param').id);
      enforce(mayReopen(c.get('access'), { path: before.path, status: before.status }));
      const { reason } = c.req.valid('json');
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('p_jinan_standards.rectification')
          .set({ status: 'open', closed_on: null, closed_by: null })
          .where('city_id', '=', cityId)
          .where('id', '=', before.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'reopen',
          entity: 'rectification',
          entityId: before.id,
          before: {
            assessmentId: before.assessment_id,
            status: 'closed',
            closedOn: before.closed_on,
            note: before.closing_note,
          },
          after: { assessmentId: before.assessment_id, status: 'open', reason },
        });
      });
      return c.json(view(await load(c, before.id), todayOf(ctx)));
    },
  );

  return app;
}
