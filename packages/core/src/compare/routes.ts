import { Hono } from 'hono';
import { z } from 'zod';
import { cityAccess, pathInScope } from '../auth/actor';
import type { CoreDeps } from '../deps';
import { toXlsx, xlsxResponse } from '../export/xlsx';
import type { City } from '../db/schema';
import type { AppEnv, Locale } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { describe, validate, XLSX } from '../http/validate';
import { CROSS_MODEL_INDICATORS, type IndicatorMeta } from '../indicators';
import { type ComputedIndicator, computeIndicators, pluginMeta } from '../plugins/host';
import { compareSchema } from '../http/schemas';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** `longyan` (a whole city) or `longyan:123` (one org subtree), comma-separated. */
const compareQuery = z
  .object({
    targets: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .transform((s) =>
        s
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(/^[a-z][a-z0-9-]*(:\d+)?$/, 'city code or code:orgId'))
          .min(1)
          .max(20),
      ),
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.from <= q.to, { message: 'from > to', path: ['from'] });
const rollupParam = z.object({ city: z.string(), indicatorId: z.string().regex(/^[a-z][a-z0-9_]*$/) });
const rollupQuery = z.object({
  from: isoDate,
  to: isoDate,
  parentId: z.coerce.number().int().positive().optional(),
});

export interface CompareColumn {
  target: string;
  city: { id: number; code: string; nameZh: string; nameEn: string };
  org: { id: number; name: string } | null;
  models: { id: string; names: { 'zh-CN': string; en: string } }[];
  values: Record<string, ComputedIndicator>;
}

/** Side-by-side indicators: every enabled model's values for each chosen city or org subtree, one period. */
export function compareRoutes(deps: CoreDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  const tag = { tags: ['compare'] };

  async function columns(c: any, q: z.infer<typeof compareQuery>): Promise<CompareColumn[]> {
    const actor = c.get('actor');
    // Check every target first (a refusal changes nothing), then compute the columns in parallel.
    const resolved: { target: string; city: City; org: { id: number; name: string } | null }[] = [];
    for (const target of q.targets) {
      const [code, orgPart] = target.split(':');
      const city = await db
        .selectFrom('core.city')
        .selectAll()
        .where('code', '=', code!)
        .where('active', '=', true)
        .executeTakeFirst();
      const access = city ? cityAccess(actor, city.id) : null;
      // A city the actor may not see is a 404, as everywhere else.
      if (!city || !access || access.level === 'self')
        throw new ApiError(404, 'not_found', { entity: 'city' }, 'targets');
      let org: { id: number; name: string } | null = null;
      if (orgPart) {
        const row = await db
          .selectFrom('core.org')
          .select(['id', 'name', 'path'])
          .where('city_id', '=', city.id)
          .where('id', '=', Number(orgPart))
          .executeTakeFirst();
        if (!row || !pathInScope(access, row.path))
          throw new ApiError(404, 'not_found', { entity: 'org' }, 'targets');
        org = { id: row.id, name: row.name };
      } else if (access.level !== 'city') {
        throw new ApiError(400, 'out_of_scope', { field: 'targets' }, 'targets');
      }
      resolved.push({ target, city, org });
    }
    return Promise.all(
      resolved.map(async ({ target, city, org }) => {
        const computed = await computeIndicators(deps, city.id, { from: q.from, to: q.to, orgId: org?.id });
        const enabled = [...new Set(computed.map((i) => i.pluginId))];
        const values: Record<string, ComputedIndicator> = {};
        for (const i of computed) values[`${i.meta.id}`] ??= i;
        return {
          target,
          city: { id: city.id, code: city.code, nameZh: city.name_zh, nameEn: city.name_en },
          org,
          models: enabled.map((id) => ({ id, names: deps.plugins.find((p) => p.id === id)!.names })),
          values,
        };
      }),
    );
  }

  /** Cross-model indicators first (in catalogue order), then each model's own. */
  function catalogue(cols: CompareColumn[]): (IndicatorMeta & { computedBy: string[] })[] {
    const metas = new Map<string, IndicatorMeta & { computedBy: string[] }>();
    for (const m of CROSS_MODEL_INDICATORS) metas.set(m.id, { ...m, computedBy: [] });
    for (const p of deps.plugins)
      for (const i of pluginMeta(p).indicators) {
        const entry = metas.get(i.id) ?? { ...i, computedBy: [] };
        entry.computedBy.push(p.id);
        metas.set(i.id, entry);
      }
    const present = new Set(cols.flatMap((c) => Object.keys(c.values)));
    return [...metas.values()].filter((m) => m.computedBy.length || present.has(m.id));
  }

  app.get(
    '/',
    describe({
      summary: 'Indicators side by side for cities or org subtrees (targets=longyan,gulou:12)',
      response: compareSchema,
      ...tag,
    }),
    validate('query', compareQuery),
    async (c) => {
      const q = c.req.valid('query');
      const cols = await columns(c, q);
      return c.json({ period: { from: q.from, to: q.to }, indicators: catalogue(cols), columns: cols });
    },
  );

  app.get(
    '/export',
    describe({ summary: 'The comparison table as an Excel file', file: XLSX, ...tag }),
    validate('query', compareQuery),
    async (c) => {
      const q = c.req.valid('query');
      const cols = await columns(c, q);
      const locale: Locale = c.get('locale');
      const zh = locale === 'zh-CN';
      const na = zh ? '不适用' : 'n/a';
      const cell = (col: CompareColumn, meta: IndicatorMeta) => {
        const v = col.values[meta.id]?.value;
        if (v?.status !== 'ok') return na;
        return meta.unit === 'ratio' ? Number((v.value * 100).toFixed(2)) : Number(v.value.toFixed(2));
      };
      const metas = catalogue(cols);
      const body = await toXlsx(
        zh ? '模式对比' : 'Comparison',
        [
          { header: zh ? '指标' : 'Indicator', value: (m: IndicatorMeta) => m.names[locale], width: 28 },
          { header: zh ? '单位' : 'Unit', value: (m: IndicatorMeta) => (m.unit === 'ratio' ? '%' : m.unit) },
          ...cols.map((col) => ({
            header: `${zh ? col.city.nameZh : col.city.nameEn}${col.org ? ` · ${col.org.name}` : ''} (${col.models.map((m) => m.names[locale]).join('、') || na})`,
            value: (m: IndicatorMeta) => cell(col, m),
            width: 26,
          })),
          {
            header: zh ? '定义' : 'Definition',
            value: (m: IndicatorMeta) => m.definition[locale],
            width: 60,
          },
        ],
        metas,
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
      response: z.looseObject({
        parent: z.object({ id: z.number(), name: z.string() }).nullable(),
        indicatorId: z.string(),
        items: z.array(z.looseObject({})),
      }),
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
