import {
  describe,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  todayOf,
  underAnyPath,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { indicators } from '../../indicators';
import type { Config } from '../../manifest';
import { FLAG_KINDS, type FlagKind } from '../../shared/terms';
import { gradeDistribution } from '../appraisal/routes';
import { stepProgress } from '../campaign/queries';
import { type Ctx, cityId, config, S, TAG } from '../common';
import { computeFlags } from '../rules/evaluate';
import { scopeFor } from '../rules/routes';
import { dashboardSchema } from '../schemas';

const query = z.object({ orgId: queryId.optional() });

export function dashboardRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/dashboard',
    describe({
      summary:
        'This year at a glance: the model’s indicators, registrations per community, flags, grades and the rollout',
      response: dashboardSchema,
      ...TAG,
    }),
    validate('query', query),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const city = cityId(c);
      const scope = await scopeFor(db, c, f.orgId);
      const t = todayOf(ctx);
      const year = Number(t.slice(0, 4));
      const period = { from: `${year}-01-01`, to: t };
      // An org admin without orgId sees their first subtree's numbers; a city admin the whole county.
      let orgId = f.orgId;
      if (!orgId && scope) {
        const first = await db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', city)
          .where('path', '=', scope[0]!)
          .executeTakeFirst();
        orgId = first?.id;
      }
      const values = [];
      for (const ind of indicators)
        values.push({
          id: ind.id,
          meta: ind.meta ?? null,
          value: await ind.compute(ctx, { cityId: city, orgId, period }),
        });
      const byCommunity = await sql<any>`select co.id as "orgId", co.name as "orgName",
        count(r.id) filter (where r.status = 'sent')::int as sent,
        count(r.id) filter (where r.status = 'stamped')::int as stamped,
        count(r.id) filter (where r.status = 'filed')::int as filed
      from core.org co left join ${sql.table(`${S}.registration`)} r on r.city_id = co.city_id and r.community_org_id = co.id
      where co.city_id = ${city} and co.kind in ('community_committee', 'community_general_branch', 'community_branch')
        and (${underAnyPath('co.path', scope)} or exists (select 1 from core.org uo where uo.city_id = r.city_id and uo.id = r.unit_org_id and ${underAnyPath('uo.path', scope)}))
      group by co.id, co.name order by co.id`.execute(db);
      const flags = await computeFlags(db, city, t, config(c), scope);
      const counts = Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
      for (const flag of flags) counts[flag.kind]++;
      const campaign = await db
        .selectFrom(`${S}.campaign`)
        .select(['id', 'name'])
        .where('city_id', '=', city)
        .orderBy('started_on', 'desc')
        .executeTakeFirst();
      const campaignSql = underAnyPath('o.path', scope);
      return c.json({
        today: t,
        period,
        indicators: values,
        registrationsByCommunity: byCommunity.rows,
        flags: counts,
        grades: {
          lastYear: await gradeDistribution(db, city, year - 1, scope),
          thisYear: await gradeDistribution(db, city, year, scope),
        },
        campaign: campaign
          ? {
              id: campaign.id,
              name: campaign.name,
              steps: await stepProgress(db, city, campaign.id, t, campaignSql),
            }
          : null,
      });
    },
  );

  return app;
}
