import {
  assertInCity,
  describe,
  invalid,
  isoDate,
  localizedIssue,
  optionalText,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
  requireOrgAdmin,
  roundTo,
  say,
  scopeCondition,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { FUND_SOURCES, GRID_BRANCH_KIND } from '../../shared/terms';
import { audit, gridBranchInScope, prefixOf, S, TAG } from '../util';
import { itemsOf } from '../schemas';
import { fundEntrySchema, fundSummarySchema, recordedFundSchema } from './schemas';
import type { GulouTables } from '../db';

const year = z.coerce.number().int().min(2000).max(2100);
const summaryQuery = z.object({
  year: year.optional(),
  orgId: queryId.optional(),
  belowFloor: z.enum(['true', 'false']).optional(),
});
const entriesQuery = z.object({ gridOrgId: queryId, year: year.optional() });
const fundBody = z.object({
  gridOrgId: positiveId,
  year: z.number().int().min(2000).max(2100),
  source: z.enum(FUND_SOURCES),
  amount: z
    .number()
    .positive()
    .max(10_000_000)
    .refine(
      (v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6,
      localizedIssue(say('最多两位小数', 'at most two decimals')),
    ),
  unitId: positiveId.nullable().default(null),
  receivedOn: isoDate,
  note: optionalText(200).default(null),
});

export function fundRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/funds',
    describe({
      summary:
        'Each grid branch’s party-building funds for a year against the city’s floor (default 2,500 yuan)',
      response: fundSummarySchema,
      ...TAG,
    }),
    validate('query', summaryQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const y = f.year ?? Number(todayOf(ctx).slice(0, 4));
      const floor = c.get('pluginConfig').fundsFloorYuan;
      const prefix = await prefixOf(db, c, f.orgId);
      const r = await sql<{
        id: number;
        name: string;
        community_name: string | null;
        total: number;
        fiscal: number;
        co_building: number;
        donation: number;
      }>`
      select g.id, g.name, cm.name as community_name,
        coalesce(sum(fd.amount), 0)::float8 as total,
        coalesce(sum(fd.amount) filter (where fd.source = 'fiscal'), 0)::float8 as fiscal,
        coalesce(sum(fd.amount) filter (where fd.source = 'co_building'), 0)::float8 as co_building,
        coalesce(sum(fd.amount) filter (where fd.source = 'donation'), 0)::float8 as donation
      from core.org g
      left join core.org cm on cm.city_id = g.city_id and cm.id = g.parent_id
      left join ${sql.table(`${S}.fund`)} fd on fd.city_id = g.city_id and fd.grid_org_id = g.id and fd.year = ${y}
      where g.city_id = ${c.get('city').id} and g.kind = ${GRID_BRANCH_KIND} and g.active
        and ${scopeCondition(c.get('access'), ['g.path'], prefix)}
      group by g.id, g.name, cm.name, g.path
      order by g.path`.execute(db);
      const all = r.rows.map((x) => ({
        gridOrgId: x.id,
        gridName: x.name,
        communityName: x.community_name,
        total: roundTo(x.total, 2),
        bySource: {
          fiscal: roundTo(x.fiscal, 2),
          co_building: roundTo(x.co_building, 2),
          donation: roundTo(x.donation, 2),
        },
        meetsFloor: x.total >= floor,
        shortfall: x.total >= floor ? 0 : roundTo(floor - x.total, 2),
      }));
      const items = f.belowFloor ? all.filter((i) => i.meetsFloor === (f.belowFloor === 'false')) : all;
      return c.json({
        year: y,
        floor,
        grids: all.length,
        meetingFloor: all.filter((i) => i.meetsFloor).length,
        belowFloor: all.filter((i) => !i.meetsFloor).length,
        total: roundTo(
          all.reduce((s, i) => s + i.total, 0),
          2,
        ),
        bySource: Object.fromEntries(
          FUND_SOURCES.map((s) => [
            s,
            roundTo(
              all.reduce((t, i) => t + i.bySource[s], 0),
              2,
            ),
          ]),
        ),
        items,
      });
    },
  );

  app.get(
    '/funds/entries',
    describe({ summary: 'The fund entries of one grid branch', response: itemsOf(fundEntrySchema), ...TAG }),
    validate('query', entriesQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      await gridBranchInScope(db, c, f.gridOrgId, 'gridOrgId');
      let q = db
        .selectFrom(`${S}.fund as fd`)
        .leftJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'fd.city_id').onRef('u.id', '=', 'fd.unit_id'),
        )
        .select([
          'fd.id',
          'fd.year',
          'fd.source',
          'fd.amount',
          'fd.unit_id as unitId',
          'u.name as unitName',
          'fd.received_on as receivedOn',
          'fd.note',
        ])
        .where('fd.city_id', '=', c.get('city').id)
        .where('fd.grid_org_id', '=', f.gridOrgId);
      if (f.year) q = q.where('fd.year', '=', f.year);
      return c.json({ items: await q.orderBy('fd.received_on', 'desc').orderBy('fd.id', 'desc').execute() });
    },
  );

  app.post(
    '/funds',
    describe({
      summary: 'Record funds received by a grid branch (public budget, co-building unit or donation)',
      status: 201,
      response: recordedFundSchema,
      ...TAG,
    }),
    validate('json', fundBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await gridBranchInScope(db, c, b.gridOrgId, 'gridOrgId');
      const cityId = c.get('city').id;
      if (b.source === 'co_building' && !b.unitId)
        throw invalid(say('共建单位支持须注明单位', 'name the co-building unit'), 'unitId');
      await assertInCity(db, 'core.unit', cityId, b.unitId, 'unitId');
      if (b.receivedOn > todayOf(ctx))
        throw invalid(say('到账日期不能晚于今天', 'cannot lie in the future'), 'receivedOn');
      const receivedYear = Number(b.receivedOn.slice(0, 4));
      if (receivedYear !== b.year && receivedYear !== b.year - 1)
        throw invalid(say('经费年度与到账日期不符', 'the year does not fit the date received'), 'year');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.fund`)
          .values({
            city_id: cityId,
            grid_org_id: b.gridOrgId,
            year: b.year,
            source: b.source,
            amount: b.amount,
            unit_id: b.unitId,
            received_on: b.receivedOn,
            note: b.note,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), { action: 'create', entity: 'fund', entityId: r.id, after: r });
        return r;
      });
      const total = await db
        .selectFrom(`${S}.fund`)
        .select((eb) => eb.fn.sum<number>('amount').as('t'))
        .where('city_id', '=', cityId)
        .where('grid_org_id', '=', b.gridOrgId)
        .where('year', '=', b.year)
        .executeTakeFirstOrThrow();
      const floor = c.get('pluginConfig').fundsFloorYuan;
      const sum = roundTo(Number(total.t), 2);
      return c.json(
        {
          id: row.id,
          amount: Number(row.amount),
          year: row.year,
          yearTotal: sum,
          floor,
          meetsFloor: sum >= floor,
        },
        201,
      );
    },
  );

  return app;
}
