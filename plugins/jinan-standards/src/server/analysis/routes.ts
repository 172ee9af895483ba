import {
  describe,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  requireOrgAdmin,
  todayOf,
  validate,
  notFound,
  say,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import type { StateCode } from '../../shared/model';
import { analysisSchema } from '../schemas';
import { loadCampaign, previousCampaign } from '../campaigns/routes';
import { loadCommunities } from '../campaigns/service';
import { analyze } from './compute';
import { loadItemRows } from './data';
import type { JinanTables } from '../db';

const query = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  /** done = locked results only (default); submitted = also those in review; all = also unfinished self-assessments. */
  states: z.enum(['done', 'submitted', 'all']).default('done'),
  orgId: z.coerce.number().int().positive().optional(),
});
const STATE_SETS: Record<'done' | 'submitted' | 'all', StateCode[]> = {
  done: ['done'],
  submitted: ['in_review', 'done'],
  all: ['planned', 'in_progress', 'in_review', 'done'],
};

export function analysisRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/analysis',
    describe({
      summary:
        'Imbalance view of a campaign: score spread per area and community, weakest standards, communities below the threshold, change from the previous campaign',
      response: analysisSchema,
      responses: { 404: 'no such campaign' },
      tags: ['jinan-standards: analysis'],
    }),
    validate('query', query),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const cityId = c.get('city').id;
      const config = c.get('pluginConfig');
      // Default: the newest campaign whose period is over and has finished assessments, else the newest with any
      // finished assessment, else the newest.
      let campaignId = f.campaignId;
      if (!campaignId) {
        const todayStr = todayOf(ctx);
        const newest = (done: boolean, ended: boolean) => {
          let q = db
            .selectFrom('p_jinan_standards.campaign as c')
            .select('c.id')
            .where('c.city_id', '=', cityId);
          if (ended) q = q.where('c.period_to', '<', todayStr);
          if (done)
            q = q.where((eb) =>
              eb.exists(
                eb
                  .selectFrom('p_jinan_standards.assessment as a')
                  .select('a.id')
                  .whereRef('a.city_id', '=', 'c.city_id')
                  .whereRef('a.campaign_id', '=', 'c.id')
                  .where('a.state', '=', 'done'),
              ),
            );
          return q.orderBy('c.period_to', 'desc').orderBy('c.id', 'desc').limit(1).executeTakeFirst();
        };
        const latest =
          (await newest(true, true)) ?? (await newest(true, false)) ?? (await newest(false, false));
        campaignId = latest?.id;
      }
      if (!campaignId) return c.json({ campaign: null, threshold: config.passThreshold });
      const campaign = await loadCampaign(db, cityId, campaignId);
      if (!campaign) throw notFound(say('考评批次', 'Campaign'));
      const orgPrefix = f.orgId ? (await orgInScope(db, c, f.orgId, 'orgId')).path : undefined;
      const access = c.get('access');
      const prev = await previousCampaign(db, cityId, campaign);
      const [rows, prevRows, communities] = await Promise.all([
        loadItemRows(db, cityId, {
          campaignIds: [campaign.id],
          states: STATE_SETS[f.states],
          access,
          orgPrefix,
        }),
        prev
          ? loadItemRows(db, cityId, { campaignIds: [prev.id], states: ['done'], access, orgPrefix })
          : Promise.resolve([]),
        loadCommunities(db, cityId),
      ]);
      const result = analyze(rows, prevRows, config.passThreshold);
      const byPlace = new Map(communities.map((x) => [x.placeId, x]));
      const named = <T extends { communityPlaceId: number }>(x: T) => ({
        ...x,
        communityName: byPlace.get(x.communityPlaceId)?.placeName ?? '',
        streetName: byPlace.get(x.communityPlaceId)?.streetName ?? null,
      });
      const streets = new Map<string, number[]>();
      for (const x of result.communities) {
        const s = byPlace.get(x.communityPlaceId)?.streetName ?? '—';
        if (x.score == null) continue;
        streets.set(s, [...(streets.get(s) ?? []), x.score]);
      }
      // Rectification progress of this campaign in the same scope.
      const rect = await db
        .selectFrom('p_jinan_standards.rectification as x')
        .innerJoin('p_jinan_standards.assessment as a', (j) =>
          j.onRef('a.city_id', '=', 'x.city_id').onRef('a.id', '=', 'x.assessment_id'),
        )
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'x.city_id').onRef('o.id', '=', 'x.community_org_id'),
        )
        .select(['x.status', 'x.due_date', 'x.closed_on', 'o.path'])
        .where('x.city_id', '=', cityId)
        .where('a.campaign_id', '=', campaign.id)
        .execute();
      const now = todayOf(ctx);
      const visible = rect.filter(
        (r) =>
          (access.level === 'city' ||
            (access.level === 'orgs' && access.paths.some((p) => r.path.startsWith(p)))) &&
          (!orgPrefix || r.path.startsWith(orgPrefix)),
      );
      return c.json({
        campaign,
        previous: prev ?? null,
        states: f.states,
        threshold: config.passThreshold,
        ...result,
        communities: result.communities.map(named),
        belowThreshold: result.belowThreshold.map(named),
        streetStats: [...streets.entries()]
          .map(([streetName, xs]) => ({
            streetName,
            n: xs.length,
            meanScore: xs.reduce((a, b) => a + b, 0) / xs.length,
            minScore: Math.min(...xs),
          }))
          .sort((a, b) => a.meanScore - b.meanScore),
        rectifications: {
          total: visible.length,
          open: visible.filter((r) => r.status === 'open').length,
          overdue: visible.filter((r) => r.status === 'open' && r.due_date < now).length,
          closed: visible.filter((r) => r.status === 'closed').length,
          closedOnTime: visible.filter(
            (r) => r.status === 'closed' && r.closed_on !== null && r.closed_on <= r.due_date,
          ).length,
        },
      });
    },
  );

  return app;
}
