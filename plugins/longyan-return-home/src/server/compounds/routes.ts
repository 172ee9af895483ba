import {
  ApiError,
  describe,
  idParam,
  invalid,
  isoDate,
  num,
  orgInScope,
  type OrgRow,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { communityOrgInScope, TAG } from '../common';
import type { LongyanDb, LongyanTables } from '../db';
import { itemsOf } from '../schemas';
import {
  buildingHasGroup,
  buildingWithCover,
  communities,
  compounds as compoundList,
  compoundOrgParts,
  compoundOrgRow,
  compoundOrgs,
  compoundPlaces,
  coverageRows,
  placeNameTaken,
} from './queries';
import { compoundOrgName, compoundsProblem, coverage, formation, parseCompounds } from './rules';
import {
  buildingGroupSchema,
  communitySchema,
  compoundListItemSchema,
  compoundOrgDetailSchema,
  compoundOrgListItemSchema,
  compoundOrgSchema,
  compoundSchema,
  coverageSchema,
  coveredCompoundSchema,
} from './schemas';
import * as service from './service';

/** The HTTP side of compounds (小区), 兼合式 compound orgs, building groups and coverage: input, reach and answers. */

const compoundBody = z.object({ communityOrgId: positiveId, name: text(60) });
const compoundOrgBody = z.object({
  communityOrgId: positiveId,
  compoundPlaceIds: z.array(positiveId).min(1).max(12),
  name: text(120).optional(),
  formedOn: isoDate.optional(),
});
const addCompoundBody = z.object({ compoundPlaceId: positiveId });
const buildingGroupBody = z.object({ name: text(120), buildingPlaceId: positiveId.nullable().optional() });
const listQuery = z.object({
  communityOrgId: queryId.optional(),
  uncovered: z.enum(['true', 'false']).optional(),
});
const coverageQuery = z.object({ orgId: queryId.optional() });

type C = Context<PluginEnv<Config>>;

/** Compound places of one community that exist, belong to it, and are not yet covered by a compound org. */
async function checkCompounds(
  db: LongyanDb,
  cityId: number,
  community: OrgRow,
  ids: number[],
  field: string,
) {
  const rows = new Set(ids).size === ids.length ? await compoundPlaces(db, cityId, ids) : [];
  const problem = compoundsProblem(ids, rows, community.place_id);
  if (problem?.kind === 'cross_city') throw new ApiError(400, 'cross_city', { field }, field);
  if (problem?.kind === 'covered') throw refuse(problem.detail, field);
  if (problem) throw invalid(problem.detail, field);
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

export function compoundRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function compoundOrgInScope(c: C, id: number) {
    const org = await orgInScope(db as any, c, id);
    const extra = await compoundOrgRow(db, c.get('city').id, id);
    if (!extra) throw new ApiError(404, 'not_found', { entity: 'org' });
    return { org, extra };
  }

  app.get(
    '/communities',
    describe({
      summary: 'Community party orgs in scope (for pickers), with their street',
      response: itemsOf(communitySchema),
      ...TAG,
    }),
    async (c) => {
      requireOrgLevel(c);
      const rows = await communities(db, c.get('city').id, scopeCondition(c.get('access'), ['co.path']));
      return c.json({
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          placeId: r.place_id,
          streetOrgId: r.street_org_id,
          streetOrgName: r.street_org_name,
        })),
      });
    },
  );

  app.get(
    '/compounds',
    describe({
      summary:
        'Compounds (小区) of the communities in scope, with the org covering each and resident members',
      response: itemsOf(compoundListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      if (f.communityOrgId) await communityOrgInScope(db, c, f.communityOrgId);
      const rows = await compoundList(db, c.get('city').id, scopeCondition(c.get('access'), ['co.path']), f);
      return c.json({
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          orgId: r.org_id,
          orgName: r.org_name,
          residentMembers: num(r.resident_members),
          buildings: num(r.buildings),
          redCommitteeId: r.red_committee_id,
        })),
      });
    },
  );

  app.post(
    '/compounds',
    describe({
      summary: 'Draw a compound (划分小区) inside a community',
      status: 201,
      response: compoundSchema,
      ...TAG,
      responses: { 409: 'a compound of that name exists, or the community org has no place' },
    }),
    validate('json', compoundBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      if (!community.place_id)
        throw refuse(say('该社区党组织未关联社区地点', 'the community org has no community place'));
      if (await placeNameTaken(db, c.get('city').id, community.place_id, b.name))
        throw refuse(say('本社区已有同名小区', 'a compound of that name exists in this community'), 'name');
      const place = await service.createCompound(db, whoOf(c), community.place_id, b.name);
      return c.json({ id: place.id, name: place.name, communityOrgId: community.id, orgId: null }, 201);
    },
  );

  app.get(
    '/compound-orgs',
    describe({
      summary: '小区"兼合式"党组织 in scope, with the compounds each covers',
      response: itemsOf(compoundOrgListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      if (f.communityOrgId) await communityOrgInScope(db, c, f.communityOrgId);
      const rows = await compoundOrgs(
        db,
        c.get('city').id,
        scopeCondition(c.get('access'), ['o.path']),
        f.communityOrgId,
      );
      return c.json({
        items: rows.map((r) => {
          const compounds = parseCompounds(r.compounds);
          return {
            id: r.id,
            name: r.name,
            communityOrgId: r.community_org_id,
            communityOrgName: r.community_org_name,
            formedOn: r.formed_on,
            formation: formation(compounds.length),
            compounds,
            buildingGroups: num(r.building_groups),
          };
        }),
      });
    },
  );

  app.post(
    '/compound-orgs',
    describe({
      summary: 'Form a compound party org alone or jointly over neighbouring compounds (单独或联合组建)',
      status: 201,
      response: compoundOrgSchema,
      ...TAG,
      responses: { 409: 'a compound is already covered' },
    }),
    validate('json', compoundOrgBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      const compounds = await checkCompounds(
        db,
        c.get('city').id,
        community,
        b.compoundPlaceIds,
        'compoundPlaceIds',
      );
      const formedOn = b.formedOn ?? todayOf(ctx);
      if (formedOn > todayOf(ctx))
        throw invalid(say('组建日期不能晚于今天', 'formedOn is in the future'), 'formedOn');
      const name = b.name ?? compoundOrgName(compounds);
      const created = await service.formCompoundOrg(db, whoOf(c), community.id, compounds, name, formedOn);
      return c.json(created, 201);
    },
  );

  app.get(
    '/compound-orgs/:id',
    describe({
      summary: 'One compound org: compounds, building groups, red committees',
      response: compoundOrgDetailSchema,
      ...TAG,
      responses: { 404: 'unknown compound org' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const { org, extra } = await compoundOrgInScope(c, c.req.valid('param').id);
      const { compounds, groups, committees, buildings } = await compoundOrgParts(
        db,
        c.get('city').id,
        org.id,
      );
      return c.json({
        id: org.id,
        name: org.name,
        communityOrgId: extra.community_org_id,
        formedOn: extra.formed_on,
        formation: formation(compounds.length),
        compounds,
        buildings,
        buildingGroups: groups,
        redCommittees: committees,
      });
    },
  );

  app.post(
    '/compound-orgs/:id/compounds',
    describe({
      summary: 'Extend a joint compound org over one more neighbouring compound',
      status: 201,
      response: coveredCompoundSchema,
      ...TAG,
      responses: { 404: 'unknown compound org', 409: 'the compound is already covered' },
    }),
    validate('param', idParam),
    validate('json', addCompoundBody),
    async (c) => {
      requireOrgLevel(c);
      const { org, extra } = await compoundOrgInScope(c, c.req.valid('param').id);
      const community = await communityOrgInScope(db, c, extra.community_org_id);
      const [compound] = await checkCompounds(
        db,
        c.get('city').id,
        community,
        [c.req.valid('json').compoundPlaceId],
        'compoundPlaceId',
      );
      await service.coverCompound(db, whoOf(c), org.id, compound!.id);
      return c.json({ orgId: org.id, compoundPlaceId: compound!.id, compoundName: compound!.name }, 201);
    },
  );

  app.post(
    '/compound-orgs/:id/building-groups',
    describe({
      summary: 'Set up a building party group (楼栋党小组) under a compound org',
      status: 201,
      response: buildingGroupSchema,
      ...TAG,
      responses: { 404: 'unknown compound org', 409: 'the building already has a party group' },
    }),
    validate('param', idParam),
    validate('json', buildingGroupBody),
    async (c) => {
      requireOrgLevel(c);
      const { org } = await compoundOrgInScope(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = c.get('city');
      if (b.buildingPlaceId != null) {
        const building = await buildingWithCover(db, city.id, b.buildingPlaceId);
        if (!building) throw new ApiError(400, 'cross_city', { field: 'buildingPlaceId' }, 'buildingPlaceId');
        if (building.kind !== 'building' || building.org_id !== org.id)
          throw invalid(
            say('不是本小区党组织所覆盖小区的楼栋', 'not a building of a compound this org covers'),
            'buildingPlaceId',
          );
        if (await buildingHasGroup(db, city.id, b.buildingPlaceId))
          throw refuse(say('该楼栋已有党小组', 'that building already has a party group'), 'buildingPlaceId');
      }
      const group = await service.createBuildingGroup(
        db,
        whoOf(c),
        org.id,
        b.name,
        b.buildingPlaceId ?? null,
      );
      return c.json(
        { id: group.id, name: group.name, buildingPlaceId: group.place_id, compoundOrgId: org.id },
        201,
      );
    },
  );

  app.get(
    '/coverage',
    describe({
      summary: 'Compound org coverage per community (and the street → community → compound tree)',
      response: coverageSchema,
      ...TAG,
    }),
    validate('query', coverageQuery),
    async (c) => {
      requireOrgLevel(c);
      const { orgId } = c.req.valid('query');
      const prefix = orgId ? (await orgInScope(db as any, c, orgId, 'orgId')).path : undefined;
      const rows = await coverageRows(
        db,
        c.get('city').id,
        scopeCondition(c.get('access'), ['co.path', 'o.path'], prefix),
      );
      return c.json(coverage(rows));
    },
  );

  return app;
}
