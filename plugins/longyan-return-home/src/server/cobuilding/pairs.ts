import {
  describe,
  idParam,
  invalid,
  isoDate,
  loadOrg,
  notFound,
  pathInScope,
  type PluginContext,
  type PluginEnv,
  positiveId,
  recordAudit,
  refuse,
  requireOrgLevel,
  say,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { isCommunityKind, S, TAG } from '../common';
import type { LongyanTables } from '../db';
import { pairEndRefusal } from './pair-rules';
import { createdPairSchema, pairSchema } from './schemas';

const createBody = z.object({
  unitId: positiveId,
  communityOrgId: positiveId,
  since: isoDate.optional(),
});
const changeBody = z
  .object({ communityOrgId: positiveId, since: isoDate })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
const endBody = z.object({ until: isoDate.optional() });

type C = Context<PluginEnv<Config>>;
const ENTITY = `${S}.co_building_pair`;

interface LinkRow {
  id: number;
  from_org_id: number;
  to_org_id: number;
  since: string | null;
  until: string | null;
  from_path: string;
  to_path: string;
}

/** Rows come untyped from the plugin's database handle. */
const pairView = (l: Record<string, any>) => ({
  id: l.id as number,
  unitOrgId: l.from_org_id as number,
  communityOrgId: l.to_org_id as number,
  since: (l.since ?? null) as string | null,
  until: (l.until ?? null) as string | null,
});

/**
 * 结对共建: a unit's Party org paired with a community's, the pair the reporting rule follows for members who live
 * outside any community. Pairs are created, changed (another community, another start) and ended here; an ended
 * pair keeps its agreement, activities and projects, and pairing the same two again reopens it.
 * Scope: the community org, or the unit's org, must be in the actor's subtree.
 */
export function coBuildingPairRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function communityOrg(c: C, id: number) {
    const org = await loadOrg(db, c.get('city').id, id, 'communityOrgId');
    if (!isCommunityKind(org.kind))
      throw invalid(say('不是社区党组织', 'not a community party org'), 'communityOrgId');
    return org;
  }

  async function loadPair(c: C, id: number): Promise<LinkRow> {
    const row = (
      await sql<LinkRow>`
        select l.id, l.from_org_id, l.to_org_id, l.since::text as since, l.until::text as until,
          fo.path as from_path, tg.path as to_path
        from core.org_link l
        join core.org fo on fo.city_id = l.city_id and fo.id = l.from_org_id
        join core.org tg on tg.city_id = l.city_id and tg.id = l.to_org_id
        where l.city_id = ${c.get('city').id} and l.id = ${id} and l.kind = 'co_building'`.execute(db)
    ).rows[0];
    const access = c.get('access');
    if (!row || !(pathInScope(access, row.from_path) || pathInScope(access, row.to_path)))
      throw notFound(say('结对共建关系', 'co-building pair'));
    return row;
  }

  const notFuture = (date: string, field: string) => {
    if (date > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'the date is in the future'), field);
  };

  app.post(
    '/co-building/pairs',
    describe({
      summary:
        'Pair a unit with a community (结对共建); re-pairing an ended pair reopens it (reopened: true)',
      status: 201,
      response: createdPairSchema,
      ...TAG,
      responses: { 409: 'the unit is already paired with this community' },
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const unit = await db
        .selectFrom('core.unit')
        .select(['id', 'name', 'org_id'])
        .where('city_id', '=', city.id)
        .where('id', '=', b.unitId)
        .executeTakeFirst();
      if (!unit) throw invalid(say('本城市没有这个单位', 'no such unit in this city'), 'unitId');
      if (unit.org_id === null)
        throw invalid(
          say('该单位没有党组织，无法结对', 'the unit has no Party organization to pair'),
          'unitId',
        );
      const unitOrg = await loadOrg(db, city.id, unit.org_id, 'unitId');
      const community = await communityOrg(c, b.communityOrgId);
      const access = c.get('access');
      if (!pathInScope(access, community.path) && !pathInScope(access, unitOrg.path))
        throw invalid(
          say('单位和社区都不在您的管理范围内', 'neither the unit nor the community is in your scope'),
          'communityOrgId',
        );
      const since = b.since ?? todayOf(ctx);
      notFuture(since, 'since');
      const result = await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('core.org_link')
          .selectAll()
          .where('city_id', '=', city.id)
          .where('kind', '=', 'co_building')
          .where('from_org_id', '=', unitOrg.id)
          .where('to_org_id', '=', community.id)
          .forUpdate()
          .executeTakeFirst();
        if (existing && existing.until === null)
          throw refuse(
            say(
              `“${unit.name}”已与“${community.name}”结对`,
              `“${unit.name}” is already paired with “${community.name}”`,
            ),
            'communityOrgId',
          );
        const row = existing
          ? await trx
              .updateTable('core.org_link')
              .set({ since, until: null })
              .where('city_id', '=', city.id)
              .where('id', '=', existing.id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : await trx
              .insertInto('core.org_link')
              .values({
                city_id: city.id,
                kind: 'co_building',
                from_org_id: unitOrg.id,
                to_org_id: community.id,
                since,
                note: null,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: existing ? 'reopen' : 'create',
          entity: ENTITY,
          entityId: row.id,
          before: existing ? pairView(existing) : null,
          after: { ...pairView(row), unitId: unit.id },
        });
        return { row, reopened: !!existing };
      });
      return c.json({ ...pairView(result.row), unitId: unit.id, reopened: result.reopened }, 201);
    },
  );

  app.patch(
    '/co-building/pairs/:id',
    describe({
      summary: 'Change a pair: its community or its start date',
      response: pairSchema,
      ...TAG,
      responses: { 409: 'the pair has ended' },
    }),
    validate('param', idParam),
    validate('json', changeBody),
    async (c) => {
      requireOrgLevel(c);
      const pair = await loadPair(c, c.req.valid('param').id);
      if (pair.until !== null)
        throw refuse(say('该结对已结束，不能再修改', 'the pair has ended and cannot change'));
      const b = c.req.valid('json');
      const city = c.get('city');
      if (b.communityOrgId !== undefined) {
        const community = await communityOrg(c, b.communityOrgId);
        // Moving a pair to a community outside one's scope would hand it away: only city-wide admins, or the unit's side.
        if (!pathInScope(c.get('access'), community.path) && !pathInScope(c.get('access'), pair.from_path))
          throw invalid(
            say('该社区不在您的管理范围内', 'the community is outside your scope'),
            'communityOrgId',
          );
      }
      if (b.since !== undefined) notFuture(b.since, 'since');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('core.org_link')
          .set({ to_org_id: b.communityOrgId, since: b.since })
          .where('city_id', '=', city.id)
          .where('id', '=', pair.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: ENTITY,
          entityId: pair.id,
          before: pairView(pair),
          after: pairView(r),
        });
        return r;
      });
      return c.json(pairView(row));
    },
  );

  app.post(
    '/co-building/pairs/:id/end',
    describe({
      summary: 'End a pair (结束结对); its history stays',
      response: pairSchema,
      ...TAG,
      responses: { 409: 'already ended' },
    }),
    validate('param', idParam),
    validate('json', endBody),
    async (c) => {
      requireOrgLevel(c);
      const pair = await loadPair(c, c.req.valid('param').id);
      const until = c.req.valid('json').until ?? todayOf(ctx);
      const problem = pairEndRefusal(pair, until, todayOf(ctx));
      if (problem === 'ended') throw refuse(say('该结对已结束', 'the pair has already ended'));
      if (problem === 'future') throw invalid(say('日期不能晚于今天', 'the date is in the future'), 'until');
      if (problem === 'before_since')
        throw invalid(say('结束日期不能早于结对日期', 'the end cannot be before the pair began'), 'until');
      const city = c.get('city');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('core.org_link')
          .set({ until })
          .where('city_id', '=', city.id)
          .where('id', '=', pair.id)
          .where('until', 'is', null)
          .returningAll()
          .executeTakeFirst();
        if (!r) throw refuse(say('该结对已结束', 'the pair has already ended'));
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'end',
          entity: ENTITY,
          entityId: pair.id,
          before: pairView(pair),
          after: pairView(r),
        });
        return r;
      });
      return c.json(pairView(row));
    },
  );

  return app;
}
