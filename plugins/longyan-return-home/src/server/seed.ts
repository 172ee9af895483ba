import type { PluginContext, PluginSeedInput } from '@jiceng/plugin-kit';
import type { Config } from '../manifest';

/** A note on each community org, so the page and the indicator have something to show. */
export async function seed(ctx: PluginContext<Config>, input: PluginSeedInput) {
  const orgs = await ctx.db
    .selectFrom('core.org')
    .select('id')
    .where('city_id', '=', input.cityId)
    .where('kind', '=', 'community_committee')
    .execute();
  input.progress('notes', 0, orgs.length);
  if (orgs.length)
    await ctx.db
      .insertInto('p_longyan_return_home.note')
      .values(orgs.map((o) => ({ city_id: input.cityId, org_id: o.id, title: '示例记录' })))
      .execute();
  input.progress('notes', orgs.length, orgs.length);
}
