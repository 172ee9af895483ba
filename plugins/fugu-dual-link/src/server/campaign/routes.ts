import {
  ApiError,
  conflict,
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  orgInScope,
  type PluginEnv,
  requireCityAdmin,
  requireOrgLevel,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { CAMPAIGN_STEPS, type CampaignStep } from '../../shared/terms';
import { type C, COMMUNITY_KINDS, type Ctx, cityId, ENTITY, TAG } from '../common';
import {
  campaignCreatedSchema,
  campaignDetailSchema,
  campaignListSchema,
  centreCreatedSchema,
  centresSchema,
  createdIdSchema,
  deadlineSchema,
  stepDoneSchema,
} from '../schemas';
import {
  activeOrgIdsOfKinds,
  campaignsNewestFirst,
  centres,
  communitiesInCentres,
  existingOrgIds,
  findCampaign,
  findCentre,
  findInspectionGroup,
  inspectionGroups,
  orgExists,
  orgKinds,
  orgSteps,
  progressRows,
  stepDeadlines,
  stepProgress,
} from './queries';
import { deadlineOutOfOrder, progressByOrg, waitsFor } from './rules';
import * as service from './service';

/** The HTTP side of the rollout campaign (工作推进), service centres and inspection groups (督查组). */

export const CAMPAIGN_ORG_KINDS = ['unit_committee', 'unit_branch', ...COMMUNITY_KINDS];

const deadlines = z.object(
  Object.fromEntries(CAMPAIGN_STEPS.map((s) => [s, isoDate])) as Record<CampaignStep, typeof isoDate>,
);
const createBody = z.object({
  name: text(100),
  startedOn: isoDate,
  deadlines,
  orgIds: z.array(z.number().int().positive()).max(5000).optional(),
});
const stepParam = z.object({
  id: z.coerce.number().int().positive(),
  orgId: z.coerce.number().int().positive(),
  step: z.enum(CAMPAIGN_STEPS),
});
const deadlineBody = z.object({ deadline: isoDate });
const doneBody = z.object({
  doneOn: isoDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
const centreBody = z.object({
  name: text(60),
  communityOrgIds: z.array(z.number().int().positive()).min(1).max(200),
});
const groupBody = z.object({
  name: text(60),
  leader: text(60),
  members: z.string().trim().max(300).nullable().optional(),
  centreId: z.number().int().positive(),
});
const recordBody = z.object({ orgId: z.number().int().positive(), visitedOn: isoDate, findings: text(2000) });

/** The five steps must come in order, none before the start: 400 naming the first step out of order. */
function checkDeadlines(startedOn: string, d: Record<CampaignStep, string>) {
  const step = deadlineOutOfOrder(startedOn, d);
  if (step)
    throw invalid(
      say(`${step} 的截止日期早于上一步`, `${step} ends before the previous step`),
      `deadlines.${step}`,
    );
}

/** The orgs o in the actor's reach. */
const orgsInReach = (c: C) => scopeCondition(c.get('access'), ['o.path']);

export function campaignRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function loadCampaign(c: C, id: number) {
    const row = await findCampaign(db, cityId(c), id);
    if (!row) throw notFound(ENTITY.campaign);
    return row;
  }

  app.get(
    '/campaigns',
    describe({
      summary: 'Rollout campaigns with progress per step in the actor’s scope',
      response: campaignListSchema,
      ...TAG,
    }),
    async (c) => {
      requireOrgLevel(c);
      const city = cityId(c);
      const items = [];
      for (const r of await campaignsNewestFirst(db, city))
        items.push({
          id: r.id,
          name: r.name,
          startedOn: r.started_on,
          steps: await stepProgress(db, city, r.id, todayOf(ctx), orgsInReach(c)),
        });
      return c.json({ items });
    },
  );

  app.post(
    '/campaigns',
    describe({
      summary:
        'Start a rollout: the five steps with deadlines, for every unit and community org (or those given)',
      status: 201,
      response: campaignCreatedSchema,
      ...TAG,
    }),
    validate('json', createBody),
    async (c) => {
      requireCityAdmin(c);
      const b = c.req.valid('json');
      checkDeadlines(b.startedOn, b.deadlines);
      const city = cityId(c);
      let orgIds: number[];
      if (b.orgIds?.length) {
        const unique = [...new Set(b.orgIds)];
        if ((await existingOrgIds(db, city, b.orgIds)).length !== unique.length)
          throw new ApiError(400, 'cross_city', { field: 'orgIds' }, 'orgIds');
        orgIds = unique;
      } else orgIds = await activeOrgIdsOfKinds(db, city, CAMPAIGN_ORG_KINDS);
      const row = await service.startCampaign(db, whoOf(c), b, orgIds);
      return c.json({ id: row.id, orgs: orgIds.length }, 201);
    },
  );

  app.get(
    '/campaigns/:id',
    describe({
      summary: 'One campaign: each step’s progress, each org’s steps, inspection groups',
      response: campaignDetailSchema,
      responses: { 404: 'no such campaign' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const campaign = await loadCampaign(c, c.req.valid('param').id);
      const city = cityId(c);
      const t = todayOf(ctx);
      const rows = await progressRows(db, city, campaign.id, orgsInReach(c));
      const deadlines = await stepDeadlines(db, city, campaign.id);
      const groups = await inspectionGroups(db, city, campaign.id, t);
      return c.json({
        id: campaign.id,
        name: campaign.name,
        startedOn: campaign.started_on,
        deadlines: Object.fromEntries(deadlines.map((s) => [s.step, s.deadline])),
        steps: await stepProgress(db, city, campaign.id, t, orgsInReach(c)),
        orgs: progressByOrg(rows, t),
        inspectionGroups: groups,
      });
    },
  );

  app.put(
    '/campaigns/:id/orgs/:orgId/steps/:step',
    describe({
      summary: 'Set one org’s deadline for a step',
      response: deadlineSchema,
      responses: { 404: 'no such campaign or org step' },
      ...TAG,
    }),
    validate('param', stepParam),
    validate('json', deadlineBody),
    async (c) => {
      requireCityAdmin(c);
      const p = c.req.valid('param');
      await loadCampaign(c, p.id);
      const row = (await orgSteps(db, cityId(c), p.id, p.orgId)).find((s) => s.step === p.step);
      if (!row) throw notFound(ENTITY.campaign);
      const deadline = c.req.valid('json').deadline;
      await service.setDeadline(db, whoOf(c), p, row.deadline, deadline);
      return c.json({ ok: true, deadline });
    },
  );

  app.post(
    '/campaigns/:id/orgs/:orgId/steps/:step/done',
    describe({
      summary: 'An org reports a step done (steps go in order)',
      response: stepDoneSchema,
      responses: { 409: 'an earlier step is not done' },
      ...TAG,
    }),
    validate('param', stepParam),
    validate('json', doneBody),
    async (c) => {
      requireOrgLevel(c);
      const p = c.req.valid('param');
      await loadCampaign(c, p.id);
      await orgInScope(db, c, p.orgId);
      const steps = await orgSteps(db, cityId(c), p.id, p.orgId);
      const row = steps.find((s) => s.step === p.step);
      if (!row) throw notFound(ENTITY.campaign);
      if (row.done_on) throw conflict(say('该步骤已完成', 'step already done'), 'step');
      const before = waitsFor(steps, p.step);
      if (before)
        throw conflict(say(`须先完成上一步（${before}）`, 'finish the previous step first'), 'step');
      const b = c.req.valid('json');
      const on = b.doneOn ?? todayOf(ctx);
      if (on > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'doneOn');
      await service.markDone(db, whoOf(c), p, on, b.note);
      return c.json({ ok: true, doneOn: on });
    },
  );

  app.get(
    '/service-centres',
    describe({
      summary: 'Community service centres and the communities each covers',
      response: centresSchema,
      ...TAG,
    }),
    async (c) => {
      requireOrgLevel(c);
      return c.json({ items: await centres(db, cityId(c)) });
    },
  );

  app.post(
    '/service-centres',
    describe({
      summary: 'Create a community service centre covering some communities',
      status: 201,
      response: centreCreatedSchema,
      ...TAG,
    }),
    validate('json', centreBody),
    async (c) => {
      requireCityAdmin(c);
      const b = c.req.valid('json');
      const city = cityId(c);
      const ids = [...new Set(b.communityOrgIds)];
      const found = await orgKinds(db, city, ids);
      if (found.length !== ids.length || found.some((o) => !COMMUNITY_KINDS.includes(o.kind)))
        throw invalid(say('须为本县社区党组织', 'community orgs of this county only'), 'communityOrgIds');
      const taken = await communitiesInCentres(db, city, ids);
      if (taken.length)
        throw conflict(
          say(`社区 ${taken.join(',')} 已属于其他服务中心`, `already in a centre`),
          'communityOrgIds',
        );
      const row = await service.createCentre(db, whoOf(c), b, ids);
      return c.json({ id: row.id, name: b.name, communityOrgIds: ids }, 201);
    },
  );

  app.post(
    '/campaigns/:id/inspection-groups',
    describe({
      summary: 'Form an inspection group (督查组) and assign it to a service centre',
      status: 201,
      response: createdIdSchema,
      responses: { 404: 'no such campaign' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', groupBody),
    async (c) => {
      requireCityAdmin(c);
      const campaign = await loadCampaign(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (!(await findCentre(db, cityId(c), b.centreId)))
        throw invalid(say('服务中心不存在', 'no such service centre'), 'centreId');
      const row = await service.createInspectionGroup(db, whoOf(c), campaign.id, b);
      return c.json({ id: row.id }, 201);
    },
  );

  app.post(
    '/inspection-groups/:id/records',
    describe({
      summary: 'Record an inspection visit and its findings',
      status: 201,
      response: createdIdSchema,
      responses: { 404: 'no such inspection group' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', recordBody),
    async (c) => {
      requireCityAdmin(c);
      const city = cityId(c);
      const group = await findInspectionGroup(db, city, c.req.valid('param').id);
      if (!group) throw notFound(ENTITY.inspection);
      const b = c.req.valid('json');
      if (!(await orgExists(db, city, b.orgId)))
        throw new ApiError(400, 'cross_city', { field: 'orgId' }, 'orgId');
      if (b.visitedOn > todayOf(ctx))
        throw invalid(say('日期不能晚于今天', 'date is in the future'), 'visitedOn');
      const row = await service.recordInspection(db, whoOf(c), group.id, b);
      return c.json({ id: row.id }, 201);
    },
  );

  return app;
}
