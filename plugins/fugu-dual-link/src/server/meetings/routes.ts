import {
  conflict,
  describe,
  idParam,
  inScope,
  invalid,
  isoDate,
  notFound,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { quarterOf } from '../../shared/dates';
import { audit, type C, type Ctx, cityId, ENTITY, managedCommunity, S, TAG } from '../common';
import { meetingDetailSchema, meetingListSchema, meetingSchema } from '../schemas';

const createBody = z.object({
  communityOrgId: z.number().int().positive(),
  scheduledOn: isoDate,
  agenda: text(2000),
  /** 驻社区单位党组织 invited; default: the units paired with the community (结对共建). */
  unitOrgIds: z.array(z.number().int().positive()).max(500).optional(),
});
const minutesBody = z.object({
  heldOn: isoDate,
  minutes: text(5000),
  attendedOrgIds: z.array(z.number().int().positive()).max(500).default([]),
});
const listQuery = z.object({
  communityOrgId: queryId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export function meetingRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function load(c: C, id: number) {
    const m = await db
      .selectFrom(`${S}.joint_meeting as j`)
      .innerJoin('core.org as o', (x) =>
        x.onRef('o.city_id', '=', 'j.city_id').onRef('o.id', '=', 'j.community_org_id'),
      )
      .selectAll('j')
      .select(['o.path', 'o.name as community_name'])
      .where('j.city_id', '=', cityId(c))
      .where('j.id', '=', id)
      .executeTakeFirst();
    if (!m || !inScope(c.get('access'), m.path)) throw notFound(ENTITY.meeting);
    return m as any;
  }

  async function units(c: C, id: number) {
    return db
      .selectFrom(`${S}.joint_meeting_unit as u`)
      .innerJoin('core.org as o', (x) =>
        x.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'),
      )
      .select(['u.org_id as orgId', 'o.name', 'u.attended'])
      .where('u.city_id', '=', cityId(c))
      .where('u.meeting_id', '=', id)
      .orderBy('o.name')
      .execute();
  }

  const view = (m: any, unitRows?: any[]) => ({
    id: m.id,
    communityOrgId: m.community_org_id,
    communityName: m.community_name,
    quarterKey: m.quarter_key,
    scheduledOn: m.scheduled_on,
    agenda: m.agenda,
    agendaSentOn: m.agenda_sent_on,
    heldOn: m.held_on,
    minutes: m.minutes,
    status: m.held_on ? 'held' : m.agenda_sent_on ? 'agenda_sent' : 'planned',
    ...(unitRows ? { units: unitRows } : {}),
  });

  app.get(
    '/joint-meetings',
    describe({
      summary: 'Quarterly joint meetings (联席会) of the communities the actor manages',
      response: meetingListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const access = c.get('access');
      let q = db
        .selectFrom(`${S}.joint_meeting as j`)
        .innerJoin('core.org as o', (x) =>
          x.onRef('o.city_id', '=', 'j.city_id').onRef('o.id', '=', 'j.community_org_id'),
        )
        .selectAll('j')
        .select('o.name as community_name')
        .where('j.city_id', '=', cityId(c));
      if (access.level === 'orgs')
        q = q.where((eb) => eb.or(access.paths.map((p) => eb('o.path', 'like', `${p}%`))));
      if (f.communityOrgId) q = q.where('j.community_org_id', '=', f.communityOrgId);
      if (f.year) q = q.where('j.quarter_key', 'like', `${f.year}-%`);
      const rows = await q.orderBy('j.scheduled_on', 'desc').limit(500).execute();
      return c.json({ items: rows.map((m) => view(m)) });
    },
  );

  app.post(
    '/joint-meetings',
    describe({
      summary: 'Plan a joint meeting: the community chairs it, the units are invited, the agenda is drafted',
      status: 201,
      response: meetingSchema,
      ...TAG,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const city = cityId(c);
      let unitIds = b.unitOrgIds;
      if (unitIds?.length) {
        const found = await db
          .selectFrom('core.org')
          .select('id')
          .where('city_id', '=', city)
          .where('id', 'in', unitIds)
          .execute();
        if (found.length !== new Set(unitIds).size)
          throw invalid(say('有单位党组织不属于本县', 'unknown org'), 'unitOrgIds');
      } else {
        const links = await db
          .selectFrom('core.org_link')
          .select('from_org_id')
          .where('city_id', '=', city)
          .where('to_org_id', '=', org.id)
          .where('kind', '=', 'co_building')
          .execute();
        unitIds = links.map((l: any) => l.from_org_id);
      }
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.joint_meeting`)
          .values({
            city_id: city,
            community_org_id: org.id,
            quarter_key: quarterOf(b.scheduledOn).key,
            scheduled_on: b.scheduledOn,
            agenda: b.agenda,
            created_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const ids = [...new Set(unitIds)];
        if (ids.length)
          await trx
            .insertInto(`${S}.joint_meeting_unit`)
            .values(ids.map((id) => ({ city_id: city, meeting_id: row.id, org_id: id })))
            .execute();
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'joint_meeting',
          entityId: row.id,
          before: null,
          after: { ...row, units: ids },
        });
        return row;
      });
      return c.json(view({ ...row, community_name: org.name }), 201);
    },
  );

  app.get(
    '/joint-meetings/:id',
    describe({
      summary: 'One joint meeting with its invited units',
      response: meetingDetailSchema,
      responses: { 404: 'no such meeting' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const m = await load(c, c.req.valid('param').id);
      return c.json(view(m, await units(c, m.id)));
    },
  );

  app.post(
    '/joint-meetings/:id/send-agenda',
    describe({
      summary: 'Send the notice and agenda to the units before the meeting',
      noBody: true,
      response: meetingSchema,
      responses: { 404: 'no such meeting', 409: 'already sent or held' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const m = await load(c, c.req.valid('param').id);
      if (m.agenda_sent_on) throw conflict(say('议题已发放', 'agenda already sent'), 'agenda');
      const on = todayOf(ctx);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.joint_meeting`)
          .set({ agenda_sent_on: on })
          .where('city_id', '=', cityId(c))
          .where('id', '=', m.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'send_agenda',
          entity: 'joint_meeting',
          entityId: m.id,
          before: null,
          after: { on },
        });
      });
      return c.json(view({ ...m, agenda_sent_on: on }));
    },
  );

  app.post(
    '/joint-meetings/:id/minutes',
    describe({
      summary: 'Record that the meeting was held, with minutes and who attended (agenda first)',
      response: meetingDetailSchema,
      responses: { 404: 'no such meeting', 409: 'agenda not sent yet' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', minutesBody),
    async (c) => {
      requireOrgLevel(c);
      const m = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (m.held_on) throw conflict(say('已记录会议纪要', 'minutes already recorded'), 'minutes');
      if (!m.agenda_sent_on)
        throw conflict(say('会前须先发放会议通知和议题', 'send the agenda before the meeting'), 'agenda');
      if (b.heldOn > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'heldOn');
      if (b.heldOn < m.agenda_sent_on)
        throw invalid(say('开会日期早于议题发放', 'held before the agenda was sent'), 'heldOn');
      const invited = new Set((await units(c, m.id)).map((u: any) => u.orgId));
      const stray = b.attendedOrgIds.find((id) => !invited.has(id));
      if (stray) throw invalid(say(`单位 ${stray} 未受邀`, `org ${stray} was not invited`), 'attendedOrgIds');
      const city = cityId(c);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.joint_meeting`)
          .set({ held_on: b.heldOn, minutes: b.minutes, quarter_key: quarterOf(b.heldOn).key })
          .where('city_id', '=', city)
          .where('id', '=', m.id)
          .execute();
        if (b.attendedOrgIds.length)
          await trx
            .updateTable(`${S}.joint_meeting_unit`)
            .set({ attended: true })
            .where('city_id', '=', city)
            .where('meeting_id', '=', m.id)
            .where('org_id', 'in', b.attendedOrgIds)
            .execute();
        await audit(trx, whoOf(c), {
          action: 'minutes',
          entity: 'joint_meeting',
          entityId: m.id,
          before: null,
          after: b,
        });
      });
      return c.json(
        view(
          { ...m, held_on: b.heldOn, minutes: b.minutes, quarter_key: quarterOf(b.heldOn).key },
          await units(c, m.id),
        ),
      );
    },
  );

  return app;
}
