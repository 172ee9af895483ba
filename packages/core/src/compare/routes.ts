import { Hono } from 'hono';
import { z } from 'zod';
import { pathInScope } from '../auth/actor';
import { toLocalDate } from '../clock';
import type { CoreDeps } from '../deps';
import { toXlsx, xlsxResponse } from '../export/xlsx';
import type { AppEnv, Locale } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { compareSchema, rollupSchema, trendsSchema } from '../http/schemas';
import { describe, validate, XLSX } from '../http/validate';
import type { IndicatorMeta } from '../indicators';
import type { SharedIndicatorId } from '../outcomes/indicators';
import { isSharedIndicator, SHARED_IDS, scopeOf, sharedForScopes } from '../outcomes/service';
import { computeIndicators } from '../plugins/host';
import { type CompareColumn, catalogue, compareColumns, resolveTargets, trendSeries } from './service';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** Comma-separated words, trimmed, empties dropped. */
const list = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .transform((s) =>
      s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
/** `longyan` (a whole city) or `longyan:123` (one org subtree), comma-separated. */
const targets = list(500).pipe(
  z
    .array(z.string().regex(/^[a-z][a-z0-9-]*(:\d+)?$/, 'city code or code:orgId'))
    .min(1)
    .max(20),
);
const sharedIdList = list(400).pipe(
  z.array(z.enum(SHARED_IDS as [SharedIndicatorId, ...SharedIndicatorId[]])).min(1),
);
/** ?set=shared|model|all (default shared: the page leads with the shared indicators). */
const compareQuery = z
  .object({ targets, from: isoDate, to: isoDate, set: z.enum(['shared', 'model', 'all']).default('shared') })
  .refine((q) => q.from <= q.to, { message: 'from > to', path: ['from'] });
const trendsQuery = z.object({
  targets,
  months: z.coerce.number().int().min(1).max(24).default(12),
  indicators: sharedIdList.optional(),
});
const rollupParam = z.object({ city: z.string(), indicatorId: z.string().regex(/^[a-z][a-z0-9_]*$/) });
const rollupQuery = z.object({
  from: isoDate,
  to: isoDate,
  parentId: z.coerce.number().int().positive().optional(),
});

/** Words for a unit in the Excel file (never 'per_member'). */
function unitWords(meta: IndicatorMeta, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (meta.unit) {
    case 'ratio':
      return zh ? '比率(%)' : 'rate (%)';
    case 'hours':
      return meta.id.endsWith('per_member') ? (zh ? '小时/人' : 'hours per member') : zh ? '小时' : 'hours';
    case 'per_member':
      return zh ? '个/人' : 'per member';
    case 'days':
      return zh ? '天' : 'days';
    case 'score':
      return zh ? '分' : 'points';
    default:
      return zh ? '个' : 'count';
  }
}

/** Side-by-side indicators: shared ones (computed by core) and each enabled model's own, for cities or subtrees. */
export function compareRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['compare'] };

  app.get(
    '/',
    describe({
      summary:
        'Indicators side by side for cities or org subtrees (targets=longyan,gulou:12; set=shared|model|all)',
      response: compareSchema,
      ...tag,
    }),
    validate('query', compareQuery),
    async (c) => {
      const q = c.req.valid('query');
      const targets = await resolveTargets(deps, c.get('actor'), q.targets);
      const cols = await compareColumns(deps, targets, q, q.set, c.get('locale'));
      const partial = q.to >= toLocalDate(deps.clock.now());
      return c.json({
        period: { from: q.from, to: q.to, partial },
        set: q.set,
        indicators: catalogue(deps, cols, q.set),
        columns: cols,
      });
    },
  );

  app.get(
    '/trends',
    describe({
      summary: 'Shared indicators month by month (stored snapshots) for cities or org subtrees',
      response: trendsSchema,
      ...tag,
    }),
    validate('query', trendsQuery),
    async (c) => {
      const q = c.req.valid('query');
      const targets = await resolveTargets(deps, c.get('actor'), q.targets);
      const ids = q.indicators ?? SHARED_IDS;
      let months: string[] = [];
      const series = [];
      for (const target of targets) {
        const r = await trendSeries(deps, target, q.months, ids);
        months = r.months;
        for (const id of ids)
          series.push({ target: target.target, indicatorId: id, points: r.series.get(id)! });
      }
      return c.json({ months, series });
    },
  );

  app.get(
    '/export',
    describe({ summary: 'The comparison table as an Excel file', file: XLSX, ...tag }),
    validate('query', compareQuery),
    async (c) => {
      const q = c.req.valid('query');
      const locale: Locale = c.get('locale');
      const targets = await resolveTargets(deps, c.get('actor'), q.targets);
      const cols = await compareColumns(deps, targets, q, q.set, locale);
      const zh = locale === 'zh-CN';
      const na = zh ? '不适用' : 'n/a';
      const cell = (col: CompareColumn, meta: IndicatorMeta) => {
        const v = col.values[meta.id]?.value;
        if (v?.status !== 'ok') return na;
        return meta.unit === 'ratio' ? Number((v.value * 100).toFixed(2)) : Number(v.value.toFixed(2));
      };
      const colName = (col: CompareColumn) =>
        `${zh ? col.city.nameZh : col.city.nameEn}${col.org ? ` · ${col.org.name}` : ''}`;
      // Why a value is not applicable, per column that has a reason.
      const notes = (meta: IndicatorMeta) =>
        cols
          .map((col) => {
            const v = col.values[meta.id]?.value;
            return v?.status === 'not_applicable' && v.reason ? `${colName(col)}: ${v.reason}` : null;
          })
          .filter(Boolean)
          .join(zh ? '；' : '; ');
      const body = await toXlsx(
        zh ? '模式对比' : 'Comparison',
        [
          { header: zh ? '指标' : 'Indicator', value: (m: IndicatorMeta) => m.names[locale], width: 28 },
          { header: zh ? '单位' : 'Unit', value: (m: IndicatorMeta) => unitWords(m, locale), width: 14 },
          ...cols.map((col) => ({
            header: `${colName(col)} (${col.models.map((m) => m.names[locale]).join('、') || na})`,
            value: (m: IndicatorMeta) => cell(col, m),
            width: 26,
          })),
          {
            header: zh ? '定义' : 'Definition',
            value: (m: IndicatorMeta) => m.definition[locale],
            width: 60,
          },
          { header: zh ? '说明' : 'Notes', value: notes, width: 60 },
        ],
        catalogue(deps, cols, q.set),
      );
      return xlsxResponse(c, `jiceng-compare-${q.from}-${q.to}.xlsx`, body);
    },
  );

  return app;
}

/** Drill-down: one indicator of one city for each child of an org node (the city's roots when parentId is absent). */
export function rollupRoutes(deps: CoreDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  app.get(
    '/:indicatorId/rollup',
    describe({
      summary: 'One indicator for each child org of a node',
      response: rollupSchema,
      tags: ['compare'],
    }),
    validate('param', rollupParam),
    validate('query', rollupQuery),
    async (c) => {
      const { indicatorId } = c.req.valid('param');
      const q = c.req.valid('query');
      const city = c.get('city');
      const access = c.get('access');
      if (access.level === 'self') throw new ApiError(403, 'forbidden');
      let parent: { id: number; path: string; name: string } | undefined;
      if (q.parentId) {
        parent = await db
          .selectFrom('core.org')
          .select(['id', 'path', 'name'])
          .where('city_id', '=', city.id)
          .where('id', '=', q.parentId)
          .executeTakeFirst();
        if (!parent || !pathInScope(access, parent.path)) throw notFound('org');
      } else if (access.level !== 'city') {
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'parentId is required for an org admin' },
          'parentId',
        );
      }
      let children = db
        .selectFrom('core.org')
        .select(['id', 'name', 'kind', 'path'])
        .where('city_id', '=', city.id);
      children = parent
        ? children.where('parent_id', '=', parent.id)
        : children.where('parent_id', 'is', null);
      const rows = await children.orderBy('id').limit(200).execute();
      if (isSharedIndicator(indicatorId)) {
        // One pass over the city's facts for every child (or stored values for the first levels).
        const values = await sharedForScopes(
          deps,
          city.id,
          q,
          rows.map((r) => ({ id: r.id, path: r.path })),
          c.get('locale'),
          { ids: [indicatorId] },
        );
        const items = rows.map((child) => ({
          org: { id: child.id, name: child.name, kind: child.kind },
          value: values.get(child.id)![0]!.value,
        }));
        return c.json({ parent: parent ? { id: parent.id, name: parent.name } : null, indicatorId, items });
      }
      const items = [];
      for (const child of rows) {
        const values = await computeIndicators(deps, city.id, {
          from: q.from,
          to: q.to,
          orgId: child.id,
          indicatorIds: [indicatorId],
        });
        const value = values.find((v) => v.meta.id === indicatorId);
        if (!value) throw new ApiError(404, 'not_found', { entity: indicatorId });
        items.push({ org: { id: child.id, name: child.name, kind: child.kind }, value: value.value });
      }
      return c.json({ parent: parent ? { id: parent.id, name: parent.name } : null, indicatorId, items });
    },
  );
  return app;
}

const cityTrendsQuery = z.object({
  months: z.coerce.number().int().min(1).max(24).default(12),
  orgId: z.coerce.number().int().positive().optional(),
  indicators: sharedIdList.optional(),
});

/** GET /api/cities/:city/outcomes/trends: the shared indicators month by month for the city or an org subtree. */
export function cityOutcomeRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/trends',
    describe({
      summary: 'Shared indicators month by month for the city or an org subtree (stored snapshots)',
      response: trendsSchema,
      tags: ['compare'],
    }),
    validate('query', cityTrendsQuery),
    async (c) => {
      const q = c.req.valid('query');
      const city = c.get('city');
      const access = c.get('access');
      if (access.level === 'self') throw new ApiError(403, 'forbidden');
      let org: { id: number; name: string; path: string } | null = null;
      if (q.orgId) {
        const row = await deps.db
          .selectFrom('core.org')
          .select(['id', 'name', 'path'])
          .where('city_id', '=', city.id)
          .where('id', '=', q.orgId)
          .executeTakeFirst();
        if (!row || !pathInScope(access, row.path)) throw notFound('org');
        org = row;
      } else if (access.level !== 'city') {
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'orgId is required for an org admin' },
          'orgId',
        );
      }
      const target = { target: org ? `${city.code}:${org.id}` : city.code, city, org };
      const ids = q.indicators ?? SHARED_IDS;
      const r = await trendSeries(deps, target, q.months, ids);
      return c.json({
        months: r.months,
        series: ids.map((id) => ({ target: target.target, indicatorId: id, points: r.series.get(id)! })),
      });
    },
  );
  return app;
}
