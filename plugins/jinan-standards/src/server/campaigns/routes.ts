import {
  ApiError,
  describe,
  idParam,
  invalid,
  isoDate,
  itemsOf,
  okSchema,
  orgPathFilter,
  type PluginContext,
  type PluginEnv,
  refuse,
  requireCityAdmin,
  requireOrgAdmin,
  say,
  validate,
  whoOf,
  notFound,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { COMMUNITY_TYPE_CODES } from '../../shared/model';
import { audit, type Ctx } from '../access';
import {
  addedSchema,
  campaignCreatedSchema,
  campaignDetailSchema,
  campaignViewSchema,
  communitySchema,
} from '../schemas';
import { latestPublished, loadVersion } from '../templates/queries';
import { addAssessments, type Community, loadCommunities } from './service';
import type { JinanDb, JinanTables } from '../db';

const ids = z.array(z.number().int().positive()).max(2000);
const createBody = z.object({
  name: z.string().trim().min(1).max(100),
  periodFrom: isoDate,
  periodTo: isoDate,
  templateVersionId: z.number().int().positive().optional(),
  /** Exactly these communities; otherwise every typed community (narrowed by streets and types). */
  communityPlaceIds: ids.min(1).optional(),
  streetPlaceIds: ids.optional(),
  communityTypes: z.array(z.enum(COMMUNITY_TYPE_CODES)).optional(),
});
const addBody = z.object({ communityPlaceIds: ids.min(1) });

export interface CampaignRow {
  id: number;
  name: string;
  periodFrom: string;
  periodTo: string;
  templateVersionId: number;
  templateLabel: string;
  templateName: string;
}

export async function loadCampaign(
  db: JinanDb,
  cityId: number,
  id: number,
): Promise<CampaignRow | undefined> {
  const r = await db
    .selectFrom('p_jinan_standards.campaign as c')
    .innerJoin('p_jinan_standards.template_version as v', (j) =>
      j.onRef('v.city_id', '=', 'c.city_id').onRef('v.id', '=', 'c.template_version_id'),
    )
    .select([
      'c.id',
      'c.name',
      'c.period_from',
      'c.period_to',
      'c.template_version_id',
      'v.version',
      'v.name as template_name',
    ])
    .where('c.city_id', '=', cityId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        name: r.name,
        periodFrom: r.period_from,
        periodTo: r.period_to,
        templateVersionId: r.template_version_id,
        templateLabel: `v${r.version}`,
        templateName: r.template_name,
      }
    : undefined;
}

/** The campaign just before this one (by period end), for "change from the previous campaign". */
export async function previousCampaign(db: JinanDb, cityId: number, campaign: CampaignRow) {
  const r = await db
    .selectFrom('p_jinan_standards.campaign')
    .select('id')
    .where('city_id', '=', cityId)
    .where('period_to', '<', campaign.periodFrom)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? loadCampaign(db, cityId, r.id) : undefined;
}

/** Checks explicitly chosen communities; each must be a typed community with a community party org. */
function pick(all: Community[], placeIds: number[]) {
  return placeIds.map((id, n) => {
    const com = all.find((x) => x.placeId === id);
    if (!com)
      throw new ApiError(400, 'cross_city', { field: `communityPlaceIds.${n}` }, `communityPlaceIds.${n}`);
    if (!com.type)
      throw invalid(
        say(`${com.placeName} 未设置社区类型`, `has no community type`),
        `communityPlaceIds.${n}`,
      );
    if (!com.orgId)
      throw invalid(
        say(`${com.placeName} 没有社区党组织`, `has no community party org`),
        `communityPlaceIds.${n}`,
      );
    return { placeId: com.placeId, orgId: com.orgId, type: com.type };
  });
}

export function campaignRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['jinan-standards: campaigns'] };

  async function campaign(c: Ctx, id: number) {
    const row = await loadCampaign(db, c.get('city').id, id);
    if (!row) throw notFound(say('考评批次', 'Campaign'));
    return row;
  }

  /** Assessment counts per state, only over communities in the actor's scope. */
  async function counts(c: Ctx, campaignIds: number[]) {
    if (!campaignIds.length) return [];
    return db
      .selectFrom('p_jinan_standards.assessment as a')
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
      )
      .select(['a.campaign_id', 'a.state'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.city_id', '=', c.get('city').id)
      .where('a.campaign_id', 'in', campaignIds)
      .where(orgPathFilter(c.get('access'), 'o.path'))
      .groupBy(['a.campaign_id', 'a.state'])
      .execute();
  }
  const view = (row: CampaignRow, cs: { campaign_id: number; state: string; n: number }[]) => {
    const mine = cs.filter((x) => x.campaign_id === row.id);
    const byState = { planned: 0, in_progress: 0, in_review: 0, done: 0 } as Record<string, number>;
    for (const x of mine) byState[x.state] = Number(x.n);
    return { ...row, assessments: Object.values(byState).reduce((a, b) => a + b, 0), byState };
  };

  app.get(
    '/campaigns',
    describe({
      summary: 'Assessment campaigns, newest period first, with progress in the actor’s scope',
      response: itemsOf(campaignViewSchema),
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const rows = await db
        .selectFrom('p_jinan_standards.campaign')
        .select('id')
        .where('city_id', '=', cityId)
        .orderBy('period_to', 'desc')
        .orderBy('id', 'desc')
        .execute();
      const list = (await Promise.all(rows.map((r) => loadCampaign(db, cityId, r.id)))) as CampaignRow[];
      const cs = await counts(
        c,
        list.map((r) => r.id),
      );
      return c.json({ items: list.map((r) => view(r, cs)) });
    },
  );

  app.get(
    '/campaigns/:id',
    describe({
      summary: 'One campaign with progress',
      response: campaignDetailSchema,
      responses: { 404: 'no such campaign' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const row = await campaign(c, c.req.valid('param').id);
      const prev = await previousCampaign(db, c.get('city').id, row);
      return c.json({ ...view(row, await counts(c, [row.id])), previous: prev ?? null });
    },
  );

  app.get(
    '/communities',
    describe({
      summary: 'Communities with their type, street and community org (for choosing a campaign’s scope)',
      response: itemsOf(communitySchema),
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const all = await loadCommunities(db, c.get('city').id);
      return c.json({ items: all });
    },
  );

  app.post(
    '/campaigns',
    describe({
      summary: 'Start a campaign over a set of communities on a published template version',
      status: 201,
      response: campaignCreatedSchema,
      responses: { 409: 'the name is taken, or no published version yet' },
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireCityAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      if (b.periodTo < b.periodFrom)
        throw invalid(say('结束日期早于开始日期', 'period ends before it starts'), 'periodTo');
      const sameName = await db
        .selectFrom('p_jinan_standards.campaign')
        .select('id')
        .where('city_id', '=', cityId)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (sameName) throw refuse(say(`已有同名批次`, `a campaign named ${b.name} exists`), 'name');
      const versionId = b.templateVersionId ?? (await latestPublished(db, cityId))?.id;
      if (!versionId)
        throw refuse(say('还没有已发布的标准版本', 'no published template version yet'), 'templateVersionId');
      const version = await loadVersion(db, cityId, versionId);
      if (!version)
        throw new ApiError(400, 'cross_city', { field: 'templateVersionId' }, 'templateVersionId');
      if (version.status !== 'published')
        throw invalid(
          say('只能使用已发布的版本', 'only a published version can be used'),
          'templateVersionId',
        );
      const all = await loadCommunities(db, cityId);
      let chosen: { placeId: number; orgId: number; type: string }[];
      let skipped = 0;
      if (b.communityPlaceIds) chosen = pick(all, [...new Set(b.communityPlaceIds)]);
      else {
        const pool = all.filter(
          (x) =>
            (!b.streetPlaceIds || (x.streetPlaceId != null && b.streetPlaceIds.includes(x.streetPlaceId))) &&
            (!b.communityTypes || (x.type && (b.communityTypes as string[]).includes(x.type))),
        );
        const ok = pool.filter((x) => x.type && x.orgId);
        skipped = pool.length - ok.length;
        chosen = ok.map((x) => ({ placeId: x.placeId, orgId: x.orgId!, type: x.type! }));
      }
      if (!chosen.length)
        throw invalid(say('没有可考评的社区', 'no community to assess'), 'communityPlaceIds');
      const created = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('p_jinan_standards.campaign')
          .values({
            city_id: cityId,
            name: b.name,
            period_from: b.periodFrom,
            period_to: b.periodTo,
            template_version_id: versionId,
            created_by: c.get('actor').userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const aIds = await addAssessments(trx, cityId, { id: row.id, templateVersionId: versionId }, chosen);
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'campaign',
          entityId: row.id,
          after: {
            name: b.name,
            periodFrom: b.periodFrom,
            periodTo: b.periodTo,
            templateVersionId: versionId,
            assessments: aIds.length,
          },
        });
        return row.id;
      });
      const row = (await loadCampaign(db, cityId, created))!;
      return c.json({ ...view(row, await counts(c, [created])), skipped }, 201);
    },
  );

  app.post(
    '/campaigns/:id/assessments',
    describe({
      summary: 'Add communities to a campaign',
      status: 201,
      response: addedSchema,
      responses: { 404: 'no such campaign', 409: 'a community is already in the campaign' },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', addBody),
    async (c) => {
      requireCityAdmin(c);
      const row = await campaign(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const chosen = pick(await loadCommunities(db, cityId), [
        ...new Set(c.req.valid('json').communityPlaceIds),
      ]);
      const existing = await db
        .selectFrom('p_jinan_standards.assessment')
        .select('community_place_id')
        .where('city_id', '=', cityId)
        .where('campaign_id', '=', row.id)
        .where(
          'community_place_id',
          'in',
          chosen.map((x) => x.placeId),
        )
        .execute();
      if (existing.length) {
        const n = chosen.findIndex((x) => x.placeId === existing[0]!.community_place_id);
        throw refuse(
          say('该社区已在本批次中', 'community already in this campaign'),
          `communityPlaceIds.${n}`,
        );
      }
      const aIds = await db.transaction().execute(async (trx) => {
        const created = await addAssessments(
          trx,
          cityId,
          { id: row.id, templateVersionId: row.templateVersionId },
          chosen,
        );
        await audit(trx, whoOf(c), {
          action: 'add_communities',
          entity: 'campaign',
          entityId: row.id,
          after: { assessmentIds: created },
        });
        return created;
      });
      return c.json({ added: aIds.length, assessmentIds: aIds }, 201);
    },
  );

  app.delete(
    '/campaigns/:id',
    describe({
      summary: 'Delete a campaign nobody has started yet',
      response: okSchema,
      responses: { 404: 'no such campaign', 409: 'assessments already started' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireCityAdmin(c);
      const row = await campaign(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const started = await sql<{ n: number }>`
      select count(*)::int as n from p_jinan_standards.assessment
      where city_id = ${cityId} and campaign_id = ${row.id} and state <> 'planned'`.execute(db);
      if (started.rows[0]!.n > 0)
        throw refuse(say(`${started.rows[0]!.n} 个社区已开始自评，不能删除`, `assessments already started`));
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('p_jinan_standards.campaign')
          .where('city_id', '=', cityId)
          .where('id', '=', row.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'delete',
          entity: 'campaign',
          entityId: row.id,
          before: row,
        });
      });
      return c.json({ ok: true });
    },
  );

  return app;
}
