import {
  describe,
  forbidden,
  idParam,
  notFound,
  orgInScope,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { FLAG_KINDS, type FlagKind } from '../../shared/terms';
import { audit, type C, type Ctx, cityId, config, ENTITY, hasOfficeAccess, S, TAG } from '../common';
import { flagsSchema, noticesSchema, okSchema, rulesRunSchema } from '../schemas';
import { computeFlags, runRules, type Scope } from './evaluate';

const flagQuery = z.object({
  orgId: queryId.optional(),
  kind: z.enum(FLAG_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
const runBody = z.object({ orgId: z.number().int().positive().optional() });
const noticeQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  kind: z.string().max(40).optional(),
});

export async function scopeFor(db: Ctx['db'], c: C, orgId?: number): Promise<Scope> {
  if (orgId) return [(await orgInScope(db, c, orgId, 'orgId')).path];
  const access = c.get('access');
  if (access.level === 'city') return null;
  if (access.level === 'orgs') return access.paths;
  throw forbidden();
}

export function ruleRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/flags',
    describe({
      summary:
        'What the rules flag today in the actor’s scope: quarterly reports, practical things, absence, overdue cards, joint meetings, flowing members, rollout',
      response: flagsSchema,
      ...TAG,
    }),
    validate('query', flagQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const scope = await scopeFor(db, c, f.orgId);
      const flags = await computeFlags(
        db,
        cityId(c),
        todayOf(ctx),
        config(c),
        scope,
        f.kind ? [f.kind] : undefined,
      );
      const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
      for (const flag of flags) counts[flag.kind]++;
      return c.json({ today: todayOf(ctx), counts, items: flags.slice(0, f.limit), total: flags.length });
    },
  );

  app.post(
    '/rules/run',
    describe({
      summary:
        'Act on today’s flags: notify units of members absent over half a year; raise six-month lapses for the branch to decide',
      response: rulesRunSchema,
      ...TAG,
    }),
    validate('json', runBody),
    async (c) => {
      requireOrgLevel(c);
      const scope = await scopeFor(db, c, c.req.valid('json').orgId);
      const result = await runRules(db, cityId(c), todayOf(ctx), config(c), scope, ctx.notify);
      await audit(db, whoOf(c), {
        action: 'run',
        entity: 'rules',
        entityId: null,
        before: null,
        after: result,
      });
      return c.json(result);
    },
  );

  app.get(
    '/notices',
    describe({
      summary: 'Notices to the orgs the actor manages (and to the county office, for its staff)',
      response: noticesSchema,
      ...TAG,
    }),
    validate('query', noticeQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const access = c.get('access');
      const office = await hasOfficeAccess(db, c);
      let q = db
        .selectFrom(`${S}.notice as n`)
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'n.city_id').onRef('o.id', '=', 'n.to_org_id'),
        )
        .leftJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'n.city_id').onRef('m.id', '=', 'n.member_id'),
        )
        .select([
          'n.id',
          'n.kind',
          'n.to_org_id as toOrgId',
          'o.name as toOrgName',
          'n.member_id as memberId',
          'm.name as memberName',
          'n.registration_id as registrationId',
          'n.payload',
          'n.created_on as createdOn',
          'n.read_on as readOn',
        ])
        .where('n.city_id', '=', cityId(c));
      if (access.level === 'orgs')
        q = q.where((eb) =>
          eb.or([
            ...access.paths.map((p) => eb('o.path', 'like', `${p}%`)),
            ...(office ? [eb('n.to_org_id', 'is', null)] : []),
          ]),
        );
      if (f.unread === 'true') q = q.where('n.read_on', 'is', null);
      if (f.kind) q = q.where('n.kind', '=', f.kind);
      const items = await q.orderBy('n.id', 'desc').limit(500).execute();
      const unread = items.filter((n: any) => !n.readOn).length;
      return c.json({ items, unread });
    },
  );

  app.post(
    '/notices/:id/read',
    describe({
      summary: 'Mark a notice read',
      noBody: true,
      response: okSchema,
      responses: { 404: 'no such notice' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const id = c.req.valid('param').id;
      const city = cityId(c);
      const n = await db
        .selectFrom(`${S}.notice as n`)
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'n.city_id').onRef('o.id', '=', 'n.to_org_id'),
        )
        .select(['n.id', 'n.read_on', 'o.path'])
        .where('n.city_id', '=', city)
        .where('n.id', '=', id)
        .executeTakeFirst();
      const access = c.get('access');
      const visible =
        n &&
        (access.level === 'city' ||
          (n.path
            ? access.level === 'orgs' && access.paths.some((p) => n.path!.startsWith(p))
            : await hasOfficeAccess(db, c)));
      if (!n || !visible) throw notFound(ENTITY.notice);
      if (!n.read_on)
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable(`${S}.notice`)
            .set({ read_on: todayOf(ctx), read_by: c.get('actor').userId })
            .where('city_id', '=', city)
            .where('id', '=', id)
            .execute();
          await audit(trx, whoOf(c), { action: 'read', entity: 'notice', entityId: id });
        });
      return c.json({ ok: true });
    },
  );

  return app;
}
