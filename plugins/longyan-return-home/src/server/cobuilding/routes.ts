import {
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  num,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  queryId,
  recordAudit,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { PROJECT_CATEGORIES } from '../../shared/model';
import { S, TAG } from '../common';
import type { LongyanTables } from '../db';
import {
  activitySchema,
  agreementSchema,
  completedProjectSchema,
  linkDetailSchema,
  linkListSchema,
  projectSchema,
} from './schemas';

const schema = sql.raw(S);
const agreementBody = z.object({ signedOn: isoDate, content: text(2000) });
const activityBody = z.object({
  heldOn: isoDate,
  title: text(200),
  participants: z.number().int().min(0).max(100_000),
});
const projectBody = z.object({ title: text(200), category: z.enum(PROJECT_CATEGORIES), startedOn: isoDate });
const completeBody = z.object({ completedOn: isoDate });
const listQuery = z.object({ orgId: queryId.optional(), ended: z.enum(['true', 'false']).optional() });

type C = Context<PluginEnv<Config>>;

export function coBuildingRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** A co-building pair (core.org_link kind co_building) with either side in the actor's scope. */
  async function loadLink(c: C, id: number) {
    const link: any = (
      await sql<any>`
        select l.id, l.from_org_id, l.to_org_id, l.since, l.until, fo.name as unit_org_name, fo.path as from_path, tg.name as community_org_name, tg.path as to_path,
          u.name as unit_name
        from core.org_link l
        join core.org fo on fo.city_id = l.city_id and fo.id = l.from_org_id
        join core.org tg on tg.city_id = l.city_id and tg.id = l.to_org_id
        left join lateral (select name from core.unit where city_id = l.city_id and org_id = l.from_org_id order by id limit 1) u on true
        where l.city_id = ${c.get('city').id} and l.id = ${id} and l.kind = 'co_building'`.execute(db)
    ).rows[0];
    const access = c.get('access');
    if (!link || !(pathInScope(access, link.from_path) || pathInScope(access, link.to_path)))
      throw notFound('co-building pair');
    return link;
  }

  /** A pair to record on: an ended pair keeps its history but takes no new records. */
  async function openLink(c: C, id: number) {
    const link = await loadLink(c, id);
    if (link.until !== null)
      throw refuse(say('该结对已结束，不能再登记', 'the pair has ended; nothing more can be recorded'));
    return link;
  }

  const notFuture = (date: string, field: string) => {
    if (date > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'the date is in the future'), field);
  };

  app.get(
    '/co-building/links',
    describe({
      summary: '结对共建 pairs in scope with agreement, activities and projects started/completed',
      response: linkListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const { orgId, ended } = c.req.valid('query');
      const city = c.get('city');
      let prefix: string | undefined;
      if (orgId) {
        const org = await db
          .selectFrom('core.org')
          .select('path')
          .where('city_id', '=', city.id)
          .where('id', '=', orgId)
          .executeTakeFirst();
        if (!org || !pathInScope(c.get('access'), org.path))
          throw invalid(say('orgId 不在范围内', 'orgId out of scope'), 'orgId');
        prefix = org.path;
      }
      const rows = await sql<any>`
      select l.id, l.from_org_id, l.to_org_id, l.since, l.until, fo.name as unit_org_name, tg.name as community_org_name, u.id as unit_id, u.name as unit_name,
        a.signed_on, coalesce(act.n, 0)::int as activities, coalesce(pr.started, 0)::int as started, coalesce(pr.completed, 0)::int as completed
      from core.org_link l
      join core.org fo on fo.city_id = l.city_id and fo.id = l.from_org_id
      join core.org tg on tg.city_id = l.city_id and tg.id = l.to_org_id
      left join core.unit u on u.city_id = l.city_id and u.org_id = l.from_org_id
      left join ${schema}.co_building_agreement a on a.city_id = l.city_id and a.link_id = l.id
      left join (select link_id, count(*) as n from ${schema}.co_building_activity where city_id = ${city.id} group by link_id) act on act.link_id = l.id
      left join (select link_id, count(*) as started, count(completed_on) as completed from ${schema}.co_building_project where city_id = ${city.id} group by link_id) pr on pr.link_id = l.id
      where l.city_id = ${city.id} and l.kind = 'co_building' and ${scopeCondition(c.get('access'), ['fo.path', 'tg.path'], prefix)}
        and ${ended === 'true' ? sql`l.until is not null` : sql`l.until is null`}
      order by l.to_org_id, l.id limit 2000`.execute(db);
      const items = rows.rows.map((r) => ({
        id: r.id,
        unitOrgId: r.from_org_id,
        unitOrgName: r.unit_org_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        communityOrgId: r.to_org_id,
        communityOrgName: r.community_org_name,
        since: r.since,
        until: r.until,
        agreementSignedOn: r.signed_on,
        activities: num(r.activities),
        projectsStarted: num(r.started),
        projectsCompleted: num(r.completed),
      }));
      const totals = items.reduce(
        (t, i) => ({
          pairs: t.pairs + 1,
          agreements: t.agreements + (i.agreementSignedOn ? 1 : 0),
          activities: t.activities + i.activities,
          projectsStarted: t.projectsStarted + i.projectsStarted,
          projectsCompleted: t.projectsCompleted + i.projectsCompleted,
        }),
        { pairs: 0, agreements: 0, activities: 0, projectsStarted: 0, projectsCompleted: 0 },
      );
      return c.json({ items, totals });
    },
  );

  app.get(
    '/co-building/links/:id',
    describe({
      summary: 'One pair: agreement, activities, projects',
      response: linkDetailSchema,
      ...TAG,
      responses: { 404: 'unknown pair' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const link = await loadLink(c, c.req.valid('param').id);
      const city = c.get('city');
      const [agreement, activities, projects] = await Promise.all([
        db
          .selectFrom(`${S}.co_building_agreement`)
          .select(['id', 'signed_on as signedOn', 'content'])
          .where('city_id', '=', city.id)
          .where('link_id', '=', link.id)
          .executeTakeFirst(),
        db
          .selectFrom(`${S}.co_building_activity`)
          .select(['id', 'held_on as heldOn', 'title', 'participants'])
          .where('city_id', '=', city.id)
          .where('link_id', '=', link.id)
          .orderBy('held_on', 'desc')
          .limit(500)
          .execute(),
        db
          .selectFrom(`${S}.co_building_project`)
          .select(['id', 'title', 'category', 'started_on as startedOn', 'completed_on as completedOn'])
          .where('city_id', '=', city.id)
          .where('link_id', '=', link.id)
          .orderBy('started_on', 'desc')
          .limit(500)
          .execute(),
      ]);
      return c.json({
        id: link.id,
        unitOrgId: link.from_org_id,
        unitOrgName: link.unit_org_name,
        unitName: link.unit_name,
        communityOrgId: link.to_org_id,
        communityOrgName: link.community_org_name,
        since: link.since,
        until: link.until,
        agreement: agreement ?? null,
        activities,
        projects,
      });
    },
  );

  app.put(
    '/co-building/links/:id/agreement',
    describe({
      summary: 'Sign (or amend) the pair’s co-building agreement (共建协议): one per pair, so 200 either way',
      response: agreementSchema,
      ...TAG,
      responses: { 404: 'unknown pair', 409: 'the pair has ended' },
    }),
    validate('param', idParam),
    validate('json', agreementBody),
    async (c) => {
      requireOrgLevel(c);
      const link = await openLink(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      notFuture(b.signedOn, 'signedOn');
      const city = c.get('city');
      const before = await db
        .selectFrom(`${S}.co_building_agreement`)
        .selectAll()
        .where('city_id', '=', city.id)
        .where('link_id', '=', link.id)
        .executeTakeFirst();
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.co_building_agreement`)
          .values({ city_id: city.id, link_id: link.id, signed_on: b.signedOn, content: b.content })
          .onConflict((oc) =>
            oc.columns(['city_id', 'link_id']).doUpdateSet({ signed_on: b.signedOn, content: b.content }),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: before ? 'update' : 'create',
          entity: `${S}.co_building_agreement`,
          entityId: r.id,
          before: before ?? null,
          after: r,
        });
        return r;
      });
      return c.json({ id: row.id, linkId: link.id, signedOn: row.signed_on, content: row.content }, 200);
    },
  );

  app.post(
    '/co-building/links/:id/activities',
    describe({
      summary: 'Record a collective activity (集体活动) of the pair',
      status: 201,
      response: activitySchema,
      ...TAG,
      responses: { 404: 'unknown pair', 409: 'the pair has ended' },
    }),
    validate('param', idParam),
    validate('json', activityBody),
    async (c) => {
      requireOrgLevel(c);
      const link = await openLink(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      notFuture(b.heldOn, 'heldOn');
      const city = c.get('city');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.co_building_activity`)
          .values({
            city_id: city.id,
            link_id: link.id,
            held_on: b.heldOn,
            title: b.title,
            participants: b.participants,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.co_building_activity`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(
        {
          id: row.id,
          linkId: link.id,
          heldOn: row.held_on,
          title: row.title,
          participants: row.participants,
        },
        201,
      );
    },
  );

  app.post(
    '/co-building/links/:id/projects',
    describe({
      summary: 'Start a co-building project (启动共建项目)',
      status: 201,
      response: projectSchema,
      ...TAG,
      responses: { 404: 'unknown pair', 409: 'the pair has ended' },
    }),
    validate('param', idParam),
    validate('json', projectBody),
    async (c) => {
      requireOrgLevel(c);
      const link = await openLink(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      notFuture(b.startedOn, 'startedOn');
      const city = c.get('city');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.co_building_project`)
          .values({
            city_id: city.id,
            link_id: link.id,
            title: b.title,
            category: b.category,
            started_on: b.startedOn,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.co_building_project`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(
        {
          id: row.id,
          linkId: link.id,
          title: row.title,
          category: row.category,
          startedOn: row.started_on,
          completedOn: null,
        },
        201,
      );
    },
  );

  app.post(
    '/co-building/projects/:id/complete',
    describe({
      summary: 'Mark a co-building project completed',
      response: completedProjectSchema,
      ...TAG,
      responses: { 409: 'already completed' },
    }),
    validate('param', idParam),
    validate('json', completeBody),
    async (c) => {
      requireOrgLevel(c);
      const city = c.get('city');
      const project = await db
        .selectFrom(`${S}.co_building_project`)
        .selectAll()
        .where('city_id', '=', city.id)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!project) throw notFound(say('共建项目', 'Co-building project'));
      await loadLink(c, project.link_id);
      const { completedOn } = c.req.valid('json');
      if (project.completed_on) throw refuse(say('项目已完成', 'already completed'));
      notFuture(completedOn, 'completedOn');
      if (completedOn < project.started_on)
        throw invalid(say('完成日期早于启动日期', 'completedOn is before startedOn'), 'completedOn');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.co_building_project`)
          .set({ completed_on: completedOn })
          .where('city_id', '=', city.id)
          .where('id', '=', project.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'complete',
          entity: `${S}.co_building_project`,
          entityId: project.id,
          before: { completedOn: null },
          after: { completedOn },
        });
      });
      return c.json({
        id: project.id,
        title: project.title,
        category: project.category,
        startedOn: project.started_on,
        completedOn,
      });
    },
  );

  return app;
}
