import {
  ApiError,
  describe,
  idParam,
  notFound,
  orgInScope,
  type PluginEnv,
  requireCityAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { CAMPAIGN_STEPS, type CampaignStep } from '../../shared/terms';
import {
  audit,
  type C,
  type Ctx,
  cityId,
  COMMUNITY_KINDS,
  conflict,
  ENTITY,
  invalid,
  isoDate,
  requireAdmin,
  S,
  TAG,
  text,
  today,
  say,
} from '../common';
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
import type { FuguDb } from '../db';
import type { Config } from '../../manifest';

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

/** The five steps must come in order, none before the start. */
export function checkDeadlines(startedOn: string, d: Record<CampaignStep, string>) {
  let prev = startedOn;
  for (const step of CAMPAIGN_STEPS) {
    if (d[step] < prev)
      throw invalid(
        say(`${step} 的截止日期早于上一步`, `${step} ends before the previous step`),
        `deadlines.${step}`,
      );
    prev = d[step];
  }
}

export async function stepProgress(
  db: FuguDb,
  city: number,
  campaignId: number,
  today: string,
  orgFilter = sql<boolean>`true`,
) {
  const r = await sql<any>`select p.step, min(p.deadline) as "deadline", count(*)::int as total,
      count(p.done_on)::int as done,
      count(*) filter (where p.done_on is not null and p.done_on <= p.deadline)::int as "onTime",
      count(*) filter (where p.done_on is null and p.deadline < ${today})::int as overdue
    from ${sql.table(`${S}.campaign_progress`)} p join core.org o on o.city_id = p.city_id and o.id = p.org_id
    where p.city_id = ${city} and p.campaign_id = ${campaignId} and ${orgFilter}
    group by p.step`.execute(db);
  return CAMPAIGN_STEPS.map((step) => {
    const row = r.rows.find((x: any) => x.step === step) ?? {
      total: 0,
      done: 0,
      onTime: 0,
      overdue: 0,
      deadline: null,
    };
    return {
      step,
      deadline: row.deadline,
      total: row.total,
      done: row.done,
      onTime: row.onTime,
      overdue: row.overdue,
      rate: row.total ? row.done / row.total : null,
    };
  });
}

const scopeSql = (c: C) => {
  const access = c.get('access');
  if (access.level === 'city') return sql<boolean>`true`;
  if (access.level === 'orgs')
    return sql<boolean>`(${sql.join(
      access.paths.map((p) => sql`o.path like ${`${p}%`}`),
      sql` or `,
    )})`;
  return sql<boolean>`false`;
};

export function campaignRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function loadCampaign(c: C, id: number) {
    const row = await db
      .selectFrom(`${S}.campaign`)
      .selectAll()
      .where('city_id', '=', cityId(c))
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound(ENTITY.campaign);
    return row as { id: number; name: string; started_on: string };
  }

  app.get(
    '/campaigns',
    describe({
      summary: 'Rollout campaigns with progress per step in the actor’s scope',
      response: campaignListSchema,
      ...TAG,
    }),
    async (c) => {
      requireAdmin(c);
      const city = cityId(c);
      const rows = await db
        .selectFrom(`${S}.campaign`)
        .selectAll()
        .where('city_id', '=', city)
        .orderBy('started_on', 'desc')
        .execute();
      const items = [];
      for (const r of rows as any[])
        items.push({
          id: r.id,
          name: r.name,
          startedOn: r.started_on,
          steps: await stepProgress(db, city, r.id, today(ctx), scopeSql(c)),
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
      let orgIds = b.orgIds;
      if (orgIds?.length) {
        const found = await db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', city)
          .where('id', 'in', orgIds)
          .execute();
        if (found.length !== new Set(orgIds).size)
          throw new ApiError(400, 'cross_city', { field: 'orgIds' }, 'orgIds');
        orgIds = [...new Set(orgIds)];
      } else
        orgIds = (
          await db
            .selectFrom('core.org')
            .select('id')
            .where('city_id', '=', city)
            .where('kind', 'in', CAMPAIGN_ORG_KINDS)
            .where('active', '=', true)
            .execute()
        ).map((o: any) => o.id);
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.campaign`)
          .values({ city_id: city, name: b.name, started_on: b.startedOn, created_by: c.get('actor').userId })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.campaign_step`)
          .values(
            CAMPAIGN_STEPS.map((step) => ({
              city_id: city,
              campaign_id: row.id,
              step,
              deadline: b.deadlines[step],
            })),
          )
          .execute();
        const progress = orgIds!.flatMap((orgId) =>
          CAMPAIGN_STEPS.map((step) => ({
            city_id: city,
            campaign_id: row.id,
            org_id: orgId,
            step,
            deadline: b.deadlines[step],
          })),
        );
        for (let i = 0; i < progress.length; i += 2000)
          await trx
            .insertInto(`${S}.campaign_progress`)
            .values(progress.slice(i, i + 2000))
            .execute();
        await audit(trx, c, 'create', 'campaign', row.id, null, { ...b, orgs: orgIds!.length });
        return row;
      });
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
      requireAdmin(c);
      const campaign = await loadCampaign(c, c.req.valid('param').id);
      const city = cityId(c);
      const t = today(ctx);
      const rows =
        await sql<any>`select p.org_id as "orgId", o.name as "orgName", o.kind, p.step, p.deadline, p.done_on as "doneOn", p.note
      from ${sql.table(`${S}.campaign_progress`)} p join core.org o on o.city_id = p.city_id and o.id = p.org_id
      where p.city_id = ${city} and p.campaign_id = ${campaign.id} and ${scopeSql(c)} order by o.kind, o.id`.execute(
          db,
        );
      const orgs = new Map<number, any>();
      for (const r of rows.rows) {
        const o = orgs.get(r.orgId) ?? {
          orgId: r.orgId,
          orgName: r.orgName,
          kind: r.kind,
          steps: {} as Record<string, unknown>,
        };
        o.steps[r.step] = {
          deadline: r.deadline,
          doneOn: r.doneOn,
          note: r.note,
          state: r.doneOn ? (r.doneOn <= r.deadline ? 'done' : 'late') : r.deadline < t ? 'overdue' : 'open',
        };
        orgs.set(r.orgId, o);
      }
      const stepDeadlines = await db
        .selectFrom(`${S}.campaign_step`)
        .select(['step', 'deadline'])
        .where('city_id', '=', city)
        .where('campaign_id', '=', campaign.id)
        .execute();
      const groups = await inspectionGroups(db, city, campaign.id, t);
      return c.json({
        id: campaign.id,
        name: campaign.name,
        startedOn: campaign.started_on,
        deadlines: Object.fromEntries(stepDeadlines.map((s: any) => [s.step, s.deadline])),
        steps: await stepProgress(db, city, campaign.id, t, scopeSql(c)),
        orgs: [...orgs.values()],
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
      const city = cityId(c);
      const row = await db
        .selectFrom(`${S}.campaign_progress`)
        .selectAll()
        .where('city_id', '=', city)
        .where('campaign_id', '=', p.id)
        .where('org_id', '=', p.orgId)
        .where('step', '=', p.step)
        .executeTakeFirst();
      if (!row) throw notFound(ENTITY.campaign);
      const deadline = c.req.valid('json').deadline;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.campaign_progress`)
          .set({ deadline })
          .where('city_id', '=', city)
          .where('campaign_id', '=', p.id)
          .where('org_id', '=', p.orgId)
          .where('step', '=', p.step)
          .execute();
        await audit(
          trx,
          c,
          'deadline',
          'campaign_progress',
          `${p.id}:${p.orgId}:${p.step}`,
          { deadline: row.deadline },
          { deadline },
        );
      });
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
      requireAdmin(c);
      const p = c.req.valid('param');
      await loadCampaign(c, p.id);
      await orgInScope(db, c, p.orgId);
      const city = cityId(c);
      const steps = await db
        .selectFrom(`${S}.campaign_progress`)
        .select(['step', 'done_on'])
        .where('city_id', '=', city)
        .where('campaign_id', '=', p.id)
        .where('org_id', '=', p.orgId)
        .execute();
      const row = steps.find((s: any) => s.step === p.step) as any;
      if (!row) throw notFound(ENTITY.campaign);
      if (row.done_on) throw conflict(say('该步骤已完成', 'step already done'), 'step');
      const index = CAMPAIGN_STEPS.indexOf(p.step);
      if (index > 0) {
        const prev = steps.find((s: any) => s.step === CAMPAIGN_STEPS[index - 1]) as any;
        if (prev && !prev.done_on)
          throw conflict(
            say(`须先完成上一步（${CAMPAIGN_STEPS[index - 1]}）`, 'finish the previous step first'),
            'step',
          );
      }
      const b = c.req.valid('json');
      const on = b.doneOn ?? today(ctx);
      if (on > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'doneOn');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.campaign_progress`)
          .set({ done_on: on, done_by: c.get('actor').userId, note: b.note ?? null })
          .where('city_id', '=', city)
          .where('campaign_id', '=', p.id)
          .where('org_id', '=', p.orgId)
          .where('step', '=', p.step)
          .execute();
        await audit(trx, c, 'done', 'campaign_progress', `${p.id}:${p.orgId}:${p.step}`, null, {
          doneOn: on,
          note: b.note,
        });
      });
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
      requireAdmin(c);
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
      const found = await db
        .selectFrom('core.org')
        .select(['id', 'kind'])
        .where('city_id', '=', city)
        .where('id', 'in', ids)
        .execute();
      if (found.length !== ids.length || found.some((o: any) => !COMMUNITY_KINDS.includes(o.kind)))
        throw invalid(say('须为本县社区党组织', 'community orgs of this county only'), 'communityOrgIds');
      const taken = await db
        .selectFrom(`${S}.service_centre_community`)
        .select('org_id')
        .where('city_id', '=', city)
        .where('org_id', 'in', ids)
        .execute();
      if (taken.length)
        throw conflict(
          say(`社区 ${taken.map((t: any) => t.org_id).join(',')} 已属于其他服务中心`, `already in a centre`),
          'communityOrgIds',
        );
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.service_centre`)
          .values({ city_id: city, name: b.name })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.service_centre_community`)
          .values(ids.map((id) => ({ city_id: city, centre_id: row.id, org_id: id })))
          .execute();
        await audit(trx, c, 'create', 'service_centre', row.id, null, b);
        return row;
      });
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
      const city = cityId(c);
      const centre = await db
        .selectFrom(`${S}.service_centre`)
        .select('id')
        .where('city_id', '=', city)
        .where('id', '=', b.centreId)
        .executeTakeFirst();
      if (!centre) throw invalid(say('服务中心不存在', 'no such service centre'), 'centreId');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.inspection_group`)
          .values({
            city_id: city,
            campaign_id: campaign.id,
            name: b.name,
            leader: b.leader,
            members: b.members ?? null,
            centre_id: b.centreId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'inspection_group', row.id, null, b);
        return row;
      });
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
      const group = await db
        .selectFrom(`${S}.inspection_group`)
        .select(['id', 'centre_id'])
        .where('city_id', '=', city)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!group) throw notFound(ENTITY.inspection);
      const b = c.req.valid('json');
      const org = await db
        .selectFrom('core.org')
        .select('id')
        .where('city_id', '=', city)
        .where('id', '=', b.orgId)
        .executeTakeFirst();
      if (!org) throw new ApiError(400, 'cross_city', { field: 'orgId' }, 'orgId');
      if (b.visitedOn > today(ctx))
        throw invalid(say('日期不能晚于今天', 'date is in the future'), 'visitedOn');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.inspection_record`)
          .values({
            city_id: city,
            group_id: group.id,
            org_id: b.orgId,
            visited_on: b.visitedOn,
            findings: b.findings,
            created_by: c.get('actor').userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'inspection_record', row.id, null, b);
        return row;
      });
      return c.json({ id: row.id }, 201);
    },
  );

  return app;
}

async function centres(db: FuguDb, city: number) {
  const rows = await db
    .selectFrom(`${S}.service_centre as s`)
    .leftJoin(`${S}.service_centre_community as x`, (j) =>
      j.onRef('x.city_id', '=', 's.city_id').onRef('x.centre_id', '=', 's.id'),
    )
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'x.city_id').onRef('o.id', '=', 'x.org_id'))
    .select(['s.id', 's.name', 'o.id as orgId', 'o.name as orgName'])
    .where('s.city_id', '=', city)
    .orderBy('s.id')
    .orderBy('o.id')
    .execute();
  const out = new Map<number, { id: number; name: string; communities: { orgId: number; name: string }[] }>();
  for (const r of rows as any[]) {
    const cur = out.get(r.id) ?? {
      id: r.id as number,
      name: r.name as string,
      communities: [] as { orgId: number; name: string }[],
    };
    if (r.orgId) cur.communities.push({ orgId: r.orgId, name: r.orgName });
    out.set(r.id, cur);
  }
  return [...out.values()];
}

/** Each group with its centre's communities and how far those communities are through the steps. */
async function inspectionGroups(db: FuguDb, city: number, campaignId: number, today: string) {
  const groups = await db
    .selectFrom(`${S}.inspection_group as g`)
    .innerJoin(`${S}.service_centre as s`, (j) =>
      j.onRef('s.city_id', '=', 'g.city_id').onRef('s.id', '=', 'g.centre_id'),
    )
    .select(['g.id', 'g.name', 'g.leader', 'g.members', 'g.centre_id as centreId', 's.name as centreName'])
    .where('g.city_id', '=', city)
    .where('g.campaign_id', '=', campaignId)
    .orderBy('g.id')
    .execute();
  const out = [];
  for (const g of groups as any[]) {
    const filter = sql<boolean>`o.id in (select x.org_id from ${sql.table(`${S}.service_centre_community`)} x where x.city_id = ${city} and x.centre_id = ${g.centreId})`;
    const records = await db
      .selectFrom(`${S}.inspection_record as r`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'r.city_id').onRef('o.id', '=', 'r.org_id'),
      )
      .select(['r.id', 'o.name as orgName', 'r.visited_on as visitedOn', 'r.findings'])
      .where('r.city_id', '=', city)
      .where('r.group_id', '=', g.id)
      .orderBy('r.visited_on', 'desc')
      .execute();
    out.push({ ...g, steps: await stepProgress(db, city, campaignId, today, filter), records });
  }
  return out;
}
