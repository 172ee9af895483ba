import {
  ApiError,
  describe,
  idParam,
  invalid,
  isoDate,
  localizedIssue,
  notFound,
  paging,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
  refuse,
  requireOrgAdmin,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { GRID_BRANCH_KIND, VOLUNTEER_CATEGORIES, VOLUNTEER_STATUSES } from '../../shared/terms';
import { hoursByMember, memberInPaths, starDistribution } from '../stars';
import { audit, type C, prefixOf, S, TAG } from '../util';
import { pageOf } from '../schemas';
import { logSchema, myHoursSchema, starsSchema } from './schemas';
import type { GulouTables, VolunteerLogTable } from '../db';

const logBody = z.object({
  memberId: positiveId.optional(),
  gridOrgId: positiveId.nullable().default(null),
  category: z.enum(VOLUNTEER_CATEGORIES),
  servedOn: isoDate,
  hours: z
    .number()
    .positive()
    .max(24)
    .refine((h) => Number.isInteger(h * 2), localizedIssue(say('以半小时为单位', 'in half hours'))),
  description: text(500, 2),
});
const listQuery = paging.extend({
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  memberId: queryId.optional(),
  orgId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const confirmBody = z.object({ rating: z.number().int().min(1).max(5) });
const rejectBody = z.object({ reason: text(500, 2) });
const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const starsQuery = periodQuery.extend({
  orgId: queryId.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** A volunteer entry with its member's and grid's names, as the list and the detail read it. */
type LogRow = Selectable<VolunteerLogTable> & { member_name: string; grid_name: string | null };

function logView(r: LogRow) {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    gridOrgId: r.grid_org_id,
    gridName: r.grid_name ?? null,
    category: r.category,
    servedOn: r.served_on,
    hours: Number(r.hours),
    description: r.description,
    status: r.status,
    rating: r.rating,
    loggedBy: r.logged_by,
    loggedAt: r.logged_at,
    decidedAt: r.decided_at,
    rejectReason: r.reject_reason,
  };
}

export function volunteerRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** The period asked for, or the calendar year of the clock's today. */
  function period(_c: C, f: { from?: string; to?: string }) {
    const year = todayOf(ctx).slice(0, 4);
    const from = f.from ?? `${year}-01-01`;
    const to = f.to ?? `${year}-12-31`;
    if (from > to) throw invalid(say('开始日期晚于结束日期', 'from after to'), 'from');
    return { from, to };
  }
  /** Org subtrees whose members the actor may see: the orgId filter, their grants, or the whole city (null). */
  async function paths(c: C, orgId?: number): Promise<string[] | null> {
    const prefix = await prefixOf(db, c, orgId);
    if (prefix) return [prefix];
    const access = c.get('access');
    return access.level === 'city' ? null : access.level === 'orgs' ? access.paths : [];
  }
  const logs = (cityId: number) =>
    db
      .selectFrom(`${S}.volunteer_log as v`)
      .innerJoin('core.member as m', (j) =>
        j.onRef('m.city_id', '=', 'v.city_id').onRef('m.id', '=', 'v.member_id'),
      )
      .leftJoin('core.org as g', (j) =>
        j.onRef('g.city_id', '=', 'v.city_id').onRef('g.id', '=', 'v.grid_org_id'),
      )
      .where('v.city_id', '=', cityId);
  const columns = ['m.name as member_name', 'g.name as grid_name', 'g.path as grid_path'] as const;
  /** Admins see logs served in their grids or logged by members of their subtrees; a member sees their own. */
  function visible(c: C, ps: string[] | null) {
    const access = c.get('access');
    if (access.level === 'self') return sql<boolean>`v.member_id = ${access.memberId ?? -1}`;
    return sql<boolean>`(${ps === null ? sql`true` : sql`(g.path is not null and ${scopeCondition(c.get('access'), ['g.path'])}) or ${memberInPaths(ps)}`})`;
  }
  async function loadLog(c: C, logId: number) {
    const row = await logs(c.get('city').id)
      .selectAll('v')
      .select([...columns])
      .where('v.id', '=', logId)
      .where(visible(c, await paths(c)))
      .executeTakeFirst();
    if (!row) throw notFound(say('志愿服务记录', 'Volunteer entry'));
    return row;
  }

  app.get(
    '/volunteer/logs',
    describe({
      summary: '微小时 entries: an admin’s grids and members, or a member’s own',
      response: pageOf(logSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      const f = c.req.valid('query');
      const ps = c.get('access').level === 'self' ? [] : await paths(c, f.orgId);
      let q = logs(c.get('city').id).where(visible(c, ps));
      if (f.orgId) q = q.where((eb) => eb.or([eb('g.path', 'like', `${ps![0]}%`), memberInPaths(ps)]));
      if (f.status) q = q.where('v.status', '=', f.status);
      if (f.memberId) q = q.where('v.member_id', '=', f.memberId);
      if (f.from) q = q.where('v.served_on', '>=', f.from);
      if (f.to) q = q.where('v.served_on', '<=', f.to);
      const [rows, total] = await Promise.all([
        q
          .selectAll('v')
          .select([...columns])
          .orderBy('v.served_on', 'desc')
          .orderBy('v.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({ items: rows.map(logView), total: Number(total.n), page: f.page, pageSize: f.pageSize });
    },
  );

  app.post(
    '/volunteer/logs',
    describe({
      summary:
        'Log volunteer hours (a member for themselves, or an admin for a member); they count once confirmed',
      status: 201,
      response: logSchema,
      ...TAG,
    }),
    validate('json', logBody),
    async (c) => {
      const b = c.req.valid('json');
      const access = c.get('access');
      const cityId = c.get('city').id;
      const config = c.get('pluginConfig');
      let memberId = b.memberId;
      if (access.level === 'self') {
        if (!access.memberId) throw new ApiError(403, 'forbidden');
        if (memberId && memberId !== access.memberId)
          throw invalid(say('只能登记本人的时长', 'members log only their own hours'), 'memberId');
        memberId = access.memberId;
      } else {
        if (!memberId) throw invalid(say('请选择党员', 'choose the member'), 'memberId');
        const ps = await paths(c);
        const m = await sql<{
          id: number;
        }>`select m.id from core.member m where m.city_id = ${cityId} and m.id = ${memberId} and m.active and ${memberInPaths(ps)}`.execute(
          db,
        );
        if (!m.rows.length)
          throw invalid(say('该党员不在您的管理范围内', 'the member is outside your scope'), 'memberId');
      }
      if (b.hours > config.maxHoursPerEntry)
        throw invalid(
          say(
            `单次不超过 ${config.maxHoursPerEntry} 小时`,
            `at most ${config.maxHoursPerEntry} hours per entry`,
          ),
          'hours',
        );
      if (b.servedOn > todayOf(ctx))
        throw invalid(say('服务日期不能晚于今天', 'cannot lie in the future'), 'servedOn');
      if (b.gridOrgId) {
        const g = await db
          .selectFrom('core.org')
          .select('kind')
          .where('city_id', '=', cityId)
          .where('id', '=', b.gridOrgId)
          .executeTakeFirst();
        if (!g || g.kind !== GRID_BRANCH_KIND)
          throw invalid(say('不是网格党支部', 'not a grid party branch'), 'gridOrgId');
      }
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.volunteer_log`)
          .values({
            city_id: cityId,
            member_id: memberId,
            grid_org_id: b.gridOrgId,
            category: b.category,
            served_on: b.servedOn,
            hours: b.hours,
            description: b.description,
            status: 'pending',
            logged_by: c.get('actor').userId,
            logged_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'volunteer_log',
          entityId: r.id,
          after: {
            memberId,
            hours: b.hours,
            servedOn: b.servedOn,
          },
        });
        return r;
      });
      return c.json(logView(await loadLog(c, row.id)), 201);
    },
  );

  async function decide(
    c: C,
    logId: number,
    to: 'confirmed' | 'rejected',
    extra: { rating?: number; reason?: string },
  ) {
    requireOrgAdmin(c);
    const log = await loadLog(c, logId);
    const actor = c.get('actor');
    if (log.status !== 'pending')
      throw refuse(
        log.status === 'confirmed' ? say('已确认', 'already confirmed') : say('已退回', 'already rejected'),
      );
    if (log.logged_by === actor.userId || (actor.memberId != null && log.member_id === actor.memberId))
      throw refuse(say('不能确认或退回自己登记的时长', 'hours cannot be decided by whoever logged them'));
    await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable(`${S}.volunteer_log`)
        .set({
          status: to,
          rating: extra.rating ?? null,
          reject_reason: extra.reason ?? null,
          decided_by: actor.userId,
          decided_at: ctx.clock.now(),
        })
        .where('city_id', '=', log.city_id)
        .where('id', '=', log.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (!Number(moved.numUpdatedRows)) throw refuse(say('已被他人处理', 'decided meanwhile'));
      await audit(trx, whoOf(c), {
        action: to === 'confirmed' ? 'confirm' : 'reject',
        entity: 'volunteer_log',
        entityId: log.id,
        before: { status: 'pending' },
        after: { status: to, ...extra },
      });
    });
    return c.json(logView(await loadLog(c, log.id)));
  }

  app.post(
    '/volunteer/logs/:id/confirm',
    describe({
      summary: 'Confirm an entry and rate its effect (1–5); not by whoever logged it',
      response: logSchema,
      responses: { 404: 'unknown entry', 409: 'already decided, or logged by the actor' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', confirmBody),
    (c) => decide(c, c.req.valid('param').id, 'confirmed', { rating: c.req.valid('json').rating }),
  );
  app.post(
    '/volunteer/logs/:id/reject',
    describe({
      summary: 'Send an entry back with a reason',
      response: logSchema,
      responses: { 404: 'unknown entry', 409: 'already decided, or logged by the actor' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', rejectBody),
    (c) => decide(c, c.req.valid('param').id, 'rejected', { reason: c.req.valid('json').reason }),
  );

  app.get(
    '/volunteer/stars',
    describe({
      summary: 'Star levels (星级评价) of in-service members from confirmed hours and ratings in a period',
      response: starsSchema,
      ...TAG,
    }),
    validate('query', starsQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const p = period(c, f);
      const levels = c.get('pluginConfig').starLevels;
      const rows = await hoursByMember(db, c.get('city').id, p, await paths(c, f.orgId), levels, {
        inServiceOnly: true,
        includeZero: true,
      });
      const withHours = rows
        .filter((r) => r.hours > 0)
        .sort((a, b) => b.stars - a.stars || b.hours - a.hours || a.memberId - b.memberId);
      return c.json({
        ...p,
        levels,
        inServiceMembers: rows.length,
        confirmedHours: Math.round(rows.reduce((s, r) => s + r.hours, 0) * 10) / 10,
        distribution: starDistribution(rows),
        items: withHours.slice(0, f.limit),
      });
    },
  );

  app.get(
    '/volunteer/me',
    describe({
      summary: 'The signed-in member’s hours, star level and next level',
      response: myHoursSchema,
      responses: { 403: 'not a party member’s account' },
      ...TAG,
    }),
    validate('query', periodQuery),
    async (c) => {
      const memberId = c.get('actor').memberId;
      if (!memberId) throw new ApiError(403, 'forbidden');
      const p = period(c, c.req.valid('query'));
      const levels = c.get('pluginConfig').starLevels;
      const [me] = await hoursByMember(db, c.get('city').id, p, null, levels, {
        includeZero: true,
        memberId,
      });
      if (!me) throw notFound('member');
      const pending = await db
        .selectFrom(`${S}.volunteer_log`)
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('hours'), sql<number>`0`).as('h'))
        .where('city_id', '=', c.get('city').id)
        .where('member_id', '=', memberId)
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      const next = levels.find((lv) => lv.stars > me.stars) ?? null;
      return c.json({ ...p, ...me, pendingHours: Number(pending.h), nextLevel: next, levels });
    },
  );

  return app;
}
