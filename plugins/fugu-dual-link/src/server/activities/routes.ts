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
import { ACTIVITY_KINDS } from '../../shared/terms';
import {
  ACTIVE,
  audit,
  type C,
  type Ctx,
  cityId,
  ENTITY,
  loadRegistration,
  managedCommunity,
  requireActive,
  requireCommunitySide,
  S,
  TAG,
} from '../common';
import type { FuguDb } from '../db';
import {
  activityCardSchema,
  activityCreatedSchema,
  activityDetailSchema,
  activityListSchema,
  addedSchema,
  practicalThingSchema,
  visitSchema,
} from '../schemas';

const createBody = z.object({
  communityOrgId: z.number().int().positive(),
  kind: z.enum(ACTIVITY_KINDS),
  title: text(100),
  heldOn: isoDate,
  location: z.string().trim().max(100).nullable().optional(),
  description: z.string().trim().max(1000).nullable().optional(),
  participants: z.array(z.number().int().positive()).max(2000).default([]),
  hours: z.number().min(0).max(24).nullable().optional(),
});
const participantsBody = z.object({
  registrationIds: z.array(z.number().int().positive()).min(1).max(2000),
  hours: z.number().min(0).max(24).nullable().optional(),
});
const listQuery = z.object({ communityOrgId: queryId, from: isoDate.optional(), to: isoDate.optional() });
const visitBody = z.object({
  visitedOn: isoDate.optional(),
  note: z.string().trim().max(200).nullable().optional(),
});
const thingBody = z.object({
  doneOn: isoDate,
  title: text(100),
  description: z.string().trim().max(500).nullable().optional(),
});

/** Registrations of this community active on a date (stamped on or before it, not closed before it). */
async function checkParticipants(
  db: FuguDb,
  city: number,
  communityOrgId: number,
  ids: number[],
  on: string,
  field: string,
) {
  if (!ids.length) return;
  const unique = [...new Set(ids)];
  const rows = await db
    .selectFrom(`${S}.registration`)
    .select(['id', 'community_org_id', 'status', 'stamped_on', 'closed_on'])
    .where('city_id', '=', city)
    .where('id', 'in', unique)
    .execute();
  for (const id of unique) {
    const r = rows.find((x: any) => x.id === id) as any;
    const ok =
      r &&
      r.community_org_id === communityOrgId &&
      r.stamped_on &&
      r.stamped_on <= on &&
      (ACTIVE.includes(r.status) || (r.closed_on && r.closed_on >= on));
    if (!ok)
      throw invalid(
        say(`登记 ${id} 当日未在本社区报到`, `registration ${id} was not registered here on that day`),
        field,
      );
  }
}

export function activityRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/activities',
    describe({
      summary: 'A community’s activities with the number who joined',
      response: activityListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const org = await managedCommunity(db, c, f.communityOrgId, 'communityOrgId');
      let q = db
        .selectFrom(`${S}.activity as a`)
        .leftJoin(`${S}.participation as p`, (j) =>
          j.onRef('p.city_id', '=', 'a.city_id').onRef('p.activity_id', '=', 'a.id'),
        )
        .select(['a.id', 'a.kind', 'a.title', 'a.held_on as heldOn', 'a.location', 'a.description'])
        .select((eb) => eb.fn.count<number>('p.id').as('participants'))
        .where('a.city_id', '=', cityId(c))
        .where('a.community_org_id', '=', org.id)
        .groupBy(['a.id', 'a.kind', 'a.title', 'a.held_on', 'a.location', 'a.description']);
      if (f.from) q = q.where('a.held_on', '>=', f.from);
      if (f.to) q = q.where('a.held_on', '<=', f.to);
      const rows = await q.orderBy('a.held_on', 'desc').orderBy('a.id', 'desc').limit(500).execute();
      return c.json({ items: rows.map((r: any) => ({ ...r, participants: Number(r.participants) })) });
    },
  );

  app.post(
    '/activities',
    describe({
      summary: 'Record a community activity and who joined it (活动记录卡)',
      status: 201,
      response: activityCreatedSchema,
      ...TAG,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      if (b.heldOn > todayOf(ctx))
        throw invalid(say('只记录已开展的活动', 'record activities once held'), 'heldOn');
      const city = cityId(c);
      await checkParticipants(db, city, org.id, b.participants, b.heldOn, 'participants');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.activity`)
          .values({
            city_id: city,
            community_org_id: org.id,
            kind: b.kind,
            title: b.title,
            held_on: b.heldOn,
            location: b.location ?? null,
            description: b.description ?? null,
            created_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const ids = [...new Set(b.participants)];
        if (ids.length)
          await trx
            .insertInto(`${S}.participation`)
            .values(
              ids.map((id) => ({
                city_id: city,
                activity_id: row.id,
                registration_id: id,
                hours: b.hours ?? null,
              })),
            )
            .execute();
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'activity',
          entityId: row.id,
          before: null,
          after: { ...row, participants: ids },
        });
        return row;
      });
      return c.json({ id: row.id, participants: new Set(b.participants).size }, 201);
    },
  );

  app.get(
    '/activities/:id',
    describe({
      summary: 'One activity and its participants',
      response: activityDetailSchema,
      responses: { 404: 'no such activity' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const activity = await loadActivity(db, c, c.req.valid('param').id);
      const participants = await db
        .selectFrom(`${S}.participation as p`)
        .innerJoin(`${S}.registration as r`, (j) =>
          j.onRef('r.city_id', '=', 'p.city_id').onRef('r.id', '=', 'p.registration_id'),
        )
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
        )
        .select(['p.registration_id as registrationId', 'm.name as memberName', 'p.hours'])
        .where('p.city_id', '=', cityId(c))
        .where('p.activity_id', '=', activity.id)
        .orderBy('m.name')
        .execute();
      return c.json({
        id: activity.id,
        kind: activity.kind,
        title: activity.title,
        heldOn: activity.held_on,
        location: activity.location,
        description: activity.description,
        communityOrgId: activity.community_org_id,
        participants: participants.map((p: any) => ({
          ...p,
          hours: p.hours == null ? null : Number(p.hours),
        })),
      });
    },
  );

  app.post(
    '/activities/:id/participants',
    describe({
      summary: 'Add members who joined an activity',
      status: 201,
      response: addedSchema,
      responses: { 404: 'no such activity' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', participantsBody),
    async (c) => {
      requireOrgLevel(c);
      const activity = await loadActivity(db, c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = cityId(c);
      await checkParticipants(
        db,
        city,
        activity.community_org_id,
        b.registrationIds,
        activity.held_on,
        'registrationIds',
      );
      const added = await db.transaction().execute(async (trx) => {
        const rows = await trx
          .insertInto(`${S}.participation`)
          .values(
            [...new Set(b.registrationIds)].map((id) => ({
              city_id: city,
              activity_id: activity.id,
              registration_id: id,
              hours: b.hours ?? null,
            })),
          )
          .onConflict((oc) => oc.columns(['city_id', 'activity_id', 'registration_id']).doNothing())
          .returning('registration_id')
          .execute();
        await audit(trx, whoOf(c), {
          action: 'add_participants',
          entity: 'activity',
          entityId: activity.id,
          before: null,
          after: {
            added: rows.map((r: any) => r.registration_id),
          },
        });
        return rows.length;
      });
      return c.json({ added }, 201);
    },
  );

  // 每季度至少持证到居住地党组织报到一次: the community records each in-person report.
  app.post(
    '/registrations/:id/visits',
    describe({
      summary: 'Record an in-person report at the community (at least one a quarter)',
      status: 201,
      response: visitSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', visitBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireCommunitySide(sides);
      requireActive(reg, 'id');
      const b = c.req.valid('json');
      const on = b.visitedOn ?? todayOf(ctx);
      if (on > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'visitedOn');
      if (on < reg.stamped_on!)
        throw invalid(say('早于报到盖章日期', 'before the registration was stamped'), 'visitedOn');
      const city = cityId(c);
      const dup = await db
        .selectFrom(`${S}.report_visit`)
        .select('id')
        .where('city_id', '=', city)
        .where('registration_id', '=', reg.id)
        .where('visited_on', '=', on)
        .executeTakeFirst();
      if (dup) throw conflict(say('当天已登记报到', 'already recorded that day'), 'visitedOn');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.report_visit`)
          .values({
            city_id: city,
            registration_id: reg.id,
            visited_on: on,
            note: b.note ?? null,
            recorded_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'report_visit',
          entityId: row.id,
          before: null,
          after: row,
        });
        return row;
      });
      return c.json({ id: row.id, visitedOn: row.visited_on }, 201);
    },
  );

  // 每年至少为社区办 1–2 件实事: confirmed and recorded by the community.
  app.post(
    '/registrations/:id/practical-things',
    describe({
      summary: 'Record a practical thing the member did for the community',
      status: 201,
      response: practicalThingSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', thingBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireCommunitySide(sides);
      requireActive(reg, 'id');
      const b = c.req.valid('json');
      if (b.doneOn > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'doneOn');
      if (b.doneOn < reg.stamped_on!)
        throw invalid(say('早于报到盖章日期', 'before the registration was stamped'), 'doneOn');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.practical_thing`)
          .values({
            city_id: cityId(c),
            registration_id: reg.id,
            done_on: b.doneOn,
            title: b.title,
            description: b.description ?? null,
            recorded_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), {
          action: 'create',
          entity: 'practical_thing',
          entityId: row.id,
          before: null,
          after: row,
        });
        return row;
      });
      return c.json({ id: row.id, doneOn: row.done_on, title: row.title }, 201);
    },
  );

  app.get(
    '/registrations/:id/activity-card',
    describe({
      summary:
        '《参与社区活动记录卡》: activities, in-person reports and practical things of one registration',
      response: activityCardSchema,
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      return c.json(await activityCard(db, cityId(c), [reg.id]));
    },
  );

  return app;
}

async function loadActivity(db: FuguDb, c: C, activityId: number) {
  const a = await db
    .selectFrom(`${S}.activity as a`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
    )
    .selectAll('a')
    .select('o.path')
    .where('a.city_id', '=', cityId(c))
    .where('a.id', '=', activityId)
    .executeTakeFirst();
  if (!a || !inScope(c.get('access'), a.path)) throw notFound(ENTITY.activity);
  return a as unknown as {
    id: number;
    community_org_id: number;
    held_on: string;
    kind: string;
    title: string;
    location: string | null;
    description: string | null;
  };
}

/** Activities, visits and practical things of some registrations (a member's whole history when several). */
export async function activityCard(db: FuguDb, city: number, registrationIds: number[]) {
  if (!registrationIds.length) return { activities: [], visits: [], practicalThings: [] };
  const [activities, visits, practicalThings] = await Promise.all([
    db
      .selectFrom(`${S}.participation as p`)
      .innerJoin(`${S}.activity as a`, (j) =>
        j.onRef('a.city_id', '=', 'p.city_id').onRef('a.id', '=', 'p.activity_id'),
      )
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
      )
      .select([
        'a.id',
        'a.kind',
        'a.title',
        'a.held_on as heldOn',
        'a.location',
        'o.name as communityName',
        'p.hours',
      ])
      .where('p.city_id', '=', city)
      .where('p.registration_id', 'in', registrationIds)
      .orderBy('a.held_on', 'desc')
      .execute(),
    db
      .selectFrom(`${S}.report_visit`)
      .select(['id', 'visited_on as visitedOn', 'note'])
      .where('city_id', '=', city)
      .where('registration_id', 'in', registrationIds)
      .orderBy('visited_on', 'desc')
      .execute(),
    db
      .selectFrom(`${S}.practical_thing`)
      .select(['id', 'done_on as doneOn', 'title', 'description'])
      .where('city_id', '=', city)
      .where('registration_id', 'in', registrationIds)
      .orderBy('done_on', 'desc')
      .execute(),
  ]);
  return {
    activities: activities.map((a: any) => ({ ...a, hours: a.hours == null ? null : Number(a.hours) })),
    visits,
    practicalThings,
  };
}
