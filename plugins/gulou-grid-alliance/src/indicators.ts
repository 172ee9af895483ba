import type { PluginIndicator } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from './manifest';

export const indicators: PluginIndicator<Config>[] = [
  {
    id: 'gulou_grid_alliance_notes',
    meta: {
      names: { 'zh-CN': '记录数', en: 'Notes' },
      definition: { 'zh-CN': '期内新增的记录条数', en: 'Notes added in the period' },
      unit: 'count',
      direction: 'higher_is_better',
      period: 'any',
    },
    async compute(ctx, { cityId, orgId, period }) {
      const prefix = orgId
        ? (await ctx.db.selectFrom('core.org').select('path').where('city_id', '=', cityId).where('id', '=', orgId).executeTakeFirstOrThrow()).path
        : '/';
      const r = await sql<{ n: number }>`
        select count(*)::int as n from p_gulou_grid_alliance.note n
        join core.org o on o.city_id = n.city_id and o.id = n.org_id
        where n.city_id = ${cityId} and o.path like ${`${prefix}%`}
          and n.created_at >= ${period.from}::date and n.created_at < ${period.to}::date + 1`.execute(ctx.db);
      return { status: 'ok', value: r.rows[0]!.n };
    },
  },
];
