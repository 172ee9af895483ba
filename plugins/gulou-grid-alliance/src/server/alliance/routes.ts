import {
  assertInCity,
  describe,
  idParam,
  notFound,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { MEETING_MODES } from '../../shared/terms';
import {
  audit,
  type C,
  id,
  invalid,
  isoDate,
  optionalText,
  phone,
  refused,
  S,
  TAG,
  text,
  today,
  say,
} from '../util';
import { itemsOf, okSchema } from '../schemas';
import {
  allianceDetailSchema,
  allianceListItemSchema,
  allianceSchema,
  decisionDoneSchema,
  meetingRecordSchema,
  meetingSchema,
  memberUnitSchema,
  representativeSchema,
} from './schemas';
import type { GulouTables } from '../db';

const rep = z.object({
  name: text(40),
  title: optionalText(60),
  phone: phone.nullable().default(null),
  memberId: id.nullable().default(null),
});
const createBody = z.object({
  name: text(120),
  leadOrgId: id,
  foundedOn: isoDate,
  charter: z.string().trim().max(20_000).nullable().default(null),
});
const charterBody = z.object({ charter: text(20_000, 10), adoptedOn: isoDate });
const joinBody = z.object({ unitId: id, joinedOn: isoDate, representatives: z.array(rep).min(1).max(2) });
const leaveBody = z.object({ leftOn: isoDate });
const meetingBody = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  mode: z.enum(MEETING_MODES),
  location: optionalText(120),
  topic: text(200),
  agenda: z.array(text(200)).min(1).max(20),
});
const recordBody = z.object({
  attendeeIds: z.array(id).max(500),
  minutes: text(20_000, 2),
  decisions: z
    .array(
      z.object({
        content: text(500),
        ownerUnitId: id.nullable().default(null),
        dueOn: isoDate.nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
});
const cancelBody = z.object({ reason: text(500, 2) });
const unitParam = z.object({
  id: z.coerce.number().int().positive(),
  memberUnitId: z.coerce.number().int().positive(),
});
const repParam = unitParam.extend({ repId: z.coerce.number().int().positive() });
const meetingParam = z.object({
  id: z.coerce.number().int().positive(),
  meetingId: z.coerce.number().int().positive(),
});
const decisionParam = z.object({
  id: z.coerce.number().int().positive(),
  decisionId: z.coerce.number().int().positive(),
});

export function allianceRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** Alliances are readable by every admin in the city; changes need the lead org in scope. */
  async function load(c: C, allianceId: number, write = false) {
    const a = await db
      .selectFrom(`${S}.alliance as a`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.lead_org_id'),
      )
      .selectAll('a')
      .select('o.name as lead_org_name')
      .where('a.city_id', '=', c.get('city').id)
      .where('a.id', '=', allianceId)
      .executeTakeFirst();
    if (!a) throw notFound(say('党建联盟', 'Alliance'));
    if (write) await orgInScope(db, c, a.lead_org_id);
    return a;
  }
  async function memberUnit(c: C, allianceId: number, memberUnitId: number) {
    const mu = await db
      .selectFrom(`${S}.alliance_unit`)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('alliance_id', '=', allianceId)
      .where('id', '=', memberUnitId)
      .executeTakeFirst();
    if (!mu) throw notFound(say('联盟成员单位', 'Alliance member unit'));
    return mu;
  }

  app.get(
    '/alliances',
    describe({
      summary: 'Regional party-building alliances (区域化党建联盟) with member and meeting counts',
      response: itemsOf(allianceListItemSchema),
      ...TAG,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const r = await sql<Record<string, any>>`
      select a.id, a.name, a.lead_org_id, o.name as lead_org_name, a.founded_on::text as founded_on, a.charter_adopted_on::text as charter_adopted_on,
        (select count(*)::int from ${sql.table(`${S}.alliance_unit`)} u where u.city_id = a.city_id and u.alliance_id = a.id and u.left_on is null) as units,
        (select count(*)::int from ${sql.table(`${S}.meeting`)} m where m.city_id = a.city_id and m.alliance_id = a.id and m.status = 'held') as meetings_held
      from ${sql.table(`${S}.alliance`)} a join core.org o on o.city_id = a.city_id and o.id = a.lead_org_id
      where a.city_id = ${c.get('city').id} order by a.id`.execute(db);
      return c.json({
        items: r.rows.map((a) => ({
          id: a.id,
          name: a.name,
          leadOrgId: a.lead_org_id,
          leadOrgName: a.lead_org_name,
          foundedOn: a.founded_on,
          charterAdoptedOn: a.charter_adopted_on,
          units: a.units,
          meetingsHeld: a.meetings_held,
        })),
      });
    },
  );

  app.get(
    '/alliances/:id',
    describe({
      summary: 'One alliance: charter, member units with representatives, meetings and open decisions',
      response: allianceDetailSchema,
      responses: { 404: 'unknown alliance' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const a = await load(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const [units, reps, meetings, attendance, decisions] = await Promise.all([
        db
          .selectFrom(`${S}.alliance_unit as au`)
          .innerJoin('core.unit as u', (j) =>
            j.onRef('u.city_id', '=', 'au.city_id').onRef('u.id', '=', 'au.unit_id'),
          )
          .select([
            'au.id',
            'au.unit_id as unitId',
            'u.name as unitName',
            'u.kind as unitKind',
            'u.level as unitLevel',
            'au.joined_on as joinedOn',
            'au.left_on as leftOn',
          ])
          .where('au.city_id', '=', cityId)
          .where('au.alliance_id', '=', a.id)
          .orderBy('au.left_on', 'desc')
          .orderBy('au.id')
          .execute(),
        db
          .selectFrom(`${S}.alliance_rep as r`)
          .innerJoin(`${S}.alliance_unit as au`, (j) =>
            j.onRef('au.city_id', '=', 'r.city_id').onRef('au.id', '=', 'r.alliance_unit_id'),
          )
          .select(['r.id', 'r.alliance_unit_id', 'r.name', 'r.title', 'r.phone', 'r.member_id as memberId'])
          .where('r.city_id', '=', cityId)
          .where('au.alliance_id', '=', a.id)
          .orderBy('r.id')
          .execute(),
        db
          .selectFrom(`${S}.meeting`)
          .selectAll()
          .where('city_id', '=', cityId)
          .where('alliance_id', '=', a.id)
          .orderBy('held_at', 'desc')
          .execute(),
        db
          .selectFrom(`${S}.meeting_attendance as ma`)
          .innerJoin(`${S}.meeting as m`, (j) =>
            j.onRef('m.city_id', '=', 'ma.city_id').onRef('m.id', '=', 'ma.meeting_id'),
          )
          .select(['ma.meeting_id', 'ma.alliance_unit_id'])
          .where('ma.city_id', '=', cityId)
          .where('m.alliance_id', '=', a.id)
          .execute(),
        db
          .selectFrom(`${S}.meeting_decision as d`)
          .innerJoin(`${S}.meeting as m`, (j) =>
            j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.meeting_id'),
          )
          .leftJoin('core.unit as u', (j) =>
            j.onRef('u.city_id', '=', 'd.city_id').onRef('u.id', '=', 'd.owner_unit_id'),
          )
          .select([
            'd.id',
            'd.meeting_id',
            'd.content',
            'd.owner_unit_id as ownerUnitId',
            'u.name as ownerUnitName',
            'd.due_on as dueOn',
            'd.done_on as doneOn',
          ])
          .where('d.city_id', '=', cityId)
          .where('m.alliance_id', '=', a.id)
          .orderBy('d.id')
          .execute(),
      ]);
      const activeUnits = units.filter((u) => !u.leftOn).length;
      return c.json({
        id: a.id,
        name: a.name,
        leadOrgId: a.lead_org_id,
        leadOrgName: a.lead_org_name,
        foundedOn: a.founded_on,
        charter: a.charter,
        charterAdoptedOn: a.charter_adopted_on,
        units: units.map((u) => ({
          ...u,
          representatives: reps
            .filter((r) => r.alliance_unit_id === u.id)
            .map(({ alliance_unit_id: _, ...r }) => r),
        })),
        meetings: meetings.map((m) => {
          const present = attendance.filter((x) => x.meeting_id === m.id).map((x) => x.alliance_unit_id);
          return {
            id: m.id,
            heldAt: m.held_at,
            mode: m.mode,
            location: m.location,
            topic: m.topic,
            agenda: m.agenda,
            status: m.status,
            minutes: m.minutes,
            cancelReason: m.cancel_reason,
            attendeeIds: present,
            attendanceRate: m.status === 'held' && activeUnits ? present.length / activeUnits : null,
            decisions: decisions.filter((d) => d.meeting_id === m.id).map(({ meeting_id: _, ...d }) => d),
          };
        }),
      });
    },
  );

  app.post(
    '/alliances',
    describe({
      summary: 'Found an alliance led by a street or community party org',
      status: 201,
      response: allianceSchema,
      ...TAG,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await orgInScope(db, c, b.leadOrgId, 'leadOrgId');
      if (b.foundedOn > today(ctx))
        throw invalid('foundedOn', say('成立日期不能晚于今天', 'cannot lie in the future'));
      const cityId = c.get('city').id;
      const row = await db.transaction().execute(async (trx) => {
        const a = await trx
          .insertInto(`${S}.alliance`)
          .values({
            city_id: cityId,
            name: b.name,
            lead_org_id: b.leadOrgId,
            founded_on: b.foundedOn,
            charter: b.charter,
            charter_adopted_on: b.charter ? b.foundedOn : null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'alliance', a.id, null, a);
        return a;
      });
      return c.json(
        { id: row.id, name: row.name, leadOrgId: row.lead_org_id, foundedOn: row.founded_on },
        201,
      );
    },
  );

  app.put(
    '/alliances/:id/charter',
    describe({ summary: 'Adopt or revise the alliance charter (章程)', response: okSchema, ...TAG }),
    validate('param', idParam),
    validate('json', charterBody),
    async (c) => {
      requireOrgAdmin(c);
      const a = await load(c, c.req.valid('param').id, true);
      const b = c.req.valid('json');
      if (b.adoptedOn < String(a.founded_on))
        throw invalid('adoptedOn', say('早于联盟成立日期', 'before the alliance was founded'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.alliance`)
          .set({ charter: b.charter, charter_adopted_on: b.adoptedOn })
          .where('city_id', '=', a.city_id)
          .where('id', '=', a.id)
          .execute();
        await audit(
          trx,
          c,
          'charter',
          'alliance',
          a.id,
          { charterAdoptedOn: a.charter_adopted_on },
          { charterAdoptedOn: b.adoptedOn },
        );
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/alliances/:id/units',
    describe({
      summary: 'A unit joins with its 1–2 responsible representatives',
      status: 201,
      response: memberUnitSchema,
      ...TAG,
      responses: { 409: 'already a member' },
    }),
    validate('param', idParam),
    validate('json', joinBody),
    async (c) => {
      requireOrgAdmin(c);
      const a = await load(c, c.req.valid('param').id, true);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const unit = await db
        .selectFrom('core.unit')
        .select(['id', 'org_id'])
        .where('city_id', '=', cityId)
        .where('id', '=', b.unitId)
        .executeTakeFirst();
      if (!unit) throw invalid('unitId', say('没有这个单位', 'no such unit'));
      for (const [i, r] of b.representatives.entries())
        await assertInCity(db, 'core.member', cityId, r.memberId, `representatives.${i}.memberId`);
      if (b.joinedOn < String(a.founded_on))
        throw invalid('joinedOn', say('早于联盟成立日期', 'before the alliance was founded'));
      const existing = await db
        .selectFrom(`${S}.alliance_unit`)
        .select('id')
        .where('city_id', '=', cityId)
        .where('alliance_id', '=', a.id)
        .where('unit_id', '=', b.unitId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      if (existing) throw refused(say('该单位已是联盟成员', 'the unit is already a member'), 'unitId');
      const row = await db.transaction().execute(async (trx) => {
        const mu = await trx
          .insertInto(`${S}.alliance_unit`)
          .values({ city_id: cityId, alliance_id: a.id, unit_id: b.unitId, joined_on: b.joinedOn })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.alliance_rep`)
          .values(
            b.representatives.map((r) => ({
              city_id: cityId,
              alliance_unit_id: mu.id,
              name: r.name,
              title: r.title,
              phone: r.phone,
              member_id: r.memberId,
            })),
          )
          .execute();
        // The cross link beside the tree: the unit's party org in the lead org's alliance.
        if (unit.org_id)
          await trx
            .insertInto('core.org_link')
            .values({
              city_id: cityId,
              kind: 'alliance',
              from_org_id: unit.org_id,
              to_org_id: a.lead_org_id,
              since: b.joinedOn,
              note: a.name,
            })
            .onConflict((oc) => oc.columns(['city_id', 'kind', 'from_org_id', 'to_org_id']).doNothing())
            .execute();
        await audit(trx, c, 'join', 'alliance_unit', mu.id, null, {
          allianceId: a.id,
          unitId: b.unitId,
          representatives: b.representatives.map((r) => r.name),
        });
        return mu;
      });
      return c.json({ id: row.id, unitId: row.unit_id, joinedOn: row.joined_on }, 201);
    },
  );

  app.post(
    '/alliances/:id/units/:memberUnitId/leave',
    describe({ summary: 'A unit leaves the alliance', response: okSchema, ...TAG }),
    validate('param', unitParam),
    validate('json', leaveBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const mu = await memberUnit(c, a.id, p.memberUnitId);
      const { leftOn } = c.req.valid('json');
      if (mu.left_on) throw refused(say('该单位已退出', 'already left'));
      if (leftOn < String(mu.joined_on)) throw invalid('leftOn', say('早于加入日期', 'before joining'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.alliance_unit`)
          .set({ left_on: leftOn })
          .where('city_id', '=', a.city_id)
          .where('id', '=', mu.id)
          .execute();
        await audit(trx, c, 'leave', 'alliance_unit', mu.id, { leftOn: null }, { leftOn });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/alliances/:id/units/:memberUnitId/representatives',
    describe({
      summary: 'Add a representative (at most 2 per unit)',
      status: 201,
      response: representativeSchema,
      ...TAG,
    }),
    validate('param', unitParam),
    validate('json', rep),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const mu = await memberUnit(c, a.id, p.memberUnitId);
      if (mu.left_on) throw refused(say('该单位已退出', 'the unit has left'));
      const b = c.req.valid('json');
      await assertInCity(db, 'core.member', a.city_id, b.memberId, 'memberId');
      const row = await db.transaction().execute(async (trx) => {
        const n = await trx
          .selectFrom(`${S}.alliance_rep`)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('city_id', '=', a.city_id)
          .where('alliance_unit_id', '=', mu.id)
          .executeTakeFirstOrThrow();
        if (Number(n.n) >= 2)
          throw refused(say('每个单位派 1 至 2 名负责同志', 'each unit sends one or two representatives'));
        const r = await trx
          .insertInto(`${S}.alliance_rep`)
          .values({
            city_id: a.city_id,
            alliance_unit_id: mu.id,
            name: b.name,
            title: b.title,
            phone: b.phone,
            member_id: b.memberId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'alliance_rep', r.id, null, r);
        return r;
      });
      return c.json({ id: row.id, name: row.name, title: row.title }, 201);
    },
  );

  app.delete(
    '/alliances/:id/units/:memberUnitId/representatives/:repId',
    describe({ summary: 'Remove a representative (one must remain)', response: okSchema, ...TAG }),
    validate('param', repParam),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const mu = await memberUnit(c, a.id, p.memberUnitId);
      await db.transaction().execute(async (trx) => {
        const reps = await trx
          .selectFrom(`${S}.alliance_rep`)
          .selectAll()
          .where('city_id', '=', a.city_id)
          .where('alliance_unit_id', '=', mu.id)
          .execute();
        const target = reps.find((r) => r.id === p.repId);
        if (!target) throw notFound(say('联盟负责同志', 'Alliance representative'));
        if (reps.length <= 1 && !mu.left_on)
          throw refused(
            say('成员单位至少保留 1 名负责同志', 'a member unit keeps at least one representative'),
          );
        await trx
          .deleteFrom(`${S}.alliance_rep`)
          .where('city_id', '=', a.city_id)
          .where('id', '=', target.id)
          .execute();
        await audit(trx, c, 'delete', 'alliance_rep', target.id, target, null);
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/alliances/:id/meetings',
    describe({
      summary: 'Call a meeting, online or offline, with its agenda',
      status: 201,
      response: meetingSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', meetingBody),
    async (c) => {
      requireOrgAdmin(c);
      const a = await load(c, c.req.valid('param').id, true);
      const b = c.req.valid('json');
      if (b.mode === 'offline' && !b.location)
        throw invalid('location', say('线下会议需要地点', 'an offline meeting needs a place'));
      const row = await db.transaction().execute(async (trx) => {
        const m = await trx
          .insertInto(`${S}.meeting`)
          .values({
            city_id: a.city_id,
            alliance_id: a.id,
            held_at: new Date(b.heldAt),
            mode: b.mode,
            location: b.location,
            topic: b.topic,
            agenda: JSON.stringify(b.agenda),
            status: 'planned',
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'meeting', m.id, null, { topic: m.topic, heldAt: m.held_at });
        return m;
      });
      return c.json(
        {
          id: row.id,
          heldAt: row.held_at,
          mode: row.mode,
          topic: row.topic,
          agenda: row.agenda,
          status: row.status,
        },
        201,
      );
    },
  );

  app.post(
    '/alliances/:id/meetings/:meetingId/record',
    describe({
      summary: 'Record a held meeting: attendance, minutes and decisions',
      response: meetingRecordSchema,
      ...TAG,
    }),
    validate('param', meetingParam),
    validate('json', recordBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const b = c.req.valid('json');
      const m = await db
        .selectFrom(`${S}.meeting`)
        .selectAll()
        .where('city_id', '=', a.city_id)
        .where('alliance_id', '=', a.id)
        .where('id', '=', p.meetingId)
        .executeTakeFirst();
      if (!m) throw notFound(say('会议', 'Meeting'));
      if (m.status !== 'planned')
        throw refused(
          m.status === 'held' ? say('会议已记录', 'already recorded') : say('会议已取消', 'cancelled'),
        );
      if (new Date(m.held_at).getTime() > ctx.clock.now().getTime())
        throw refused(say('会议尚未召开', 'the meeting has not taken place yet'));
      const members = await db
        .selectFrom(`${S}.alliance_unit`)
        .select(['id', 'unit_id'])
        .where('city_id', '=', a.city_id)
        .where('alliance_id', '=', a.id)
        .where('left_on', 'is', null)
        .execute();
      const memberIds = new Set(members.map((x) => x.id));
      const unknown = b.attendeeIds.findIndex((x) => !memberIds.has(x));
      if (unknown >= 0)
        throw invalid(
          `attendeeIds.${unknown}`,
          say('不是本联盟的成员单位', 'not a member unit of this alliance'),
        );
      for (const [i, d] of b.decisions.entries())
        await assertInCity(db, 'core.unit', a.city_id, d.ownerUnitId, `decisions.${i}.ownerUnitId`);
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable(`${S}.meeting`)
          .set({ status: 'held', minutes: b.minutes })
          .where('city_id', '=', a.city_id)
          .where('id', '=', m.id)
          .where('status', '=', 'planned')
          .executeTakeFirst();
        if (!Number(updated.numUpdatedRows)) throw refused(say('会议已记录', 'already recorded'));
        const attendees = [...new Set(b.attendeeIds)];
        if (attendees.length)
          await trx
            .insertInto(`${S}.meeting_attendance`)
            .values(attendees.map((x) => ({ city_id: a.city_id, meeting_id: m.id, alliance_unit_id: x })))
            .execute();
        if (b.decisions.length)
          await trx
            .insertInto(`${S}.meeting_decision`)
            .values(
              b.decisions.map((d) => ({
                city_id: a.city_id,
                meeting_id: m.id,
                content: d.content,
                owner_unit_id: d.ownerUnitId,
                due_on: d.dueOn,
              })),
            )
            .execute();
        await audit(
          trx,
          c,
          'record',
          'meeting',
          m.id,
          { status: 'planned' },
          { status: 'held', attendees: attendees.length, decisions: b.decisions.length },
        );
      });
      return c.json({
        ok: true,
        attendees: new Set(b.attendeeIds).size,
        members: members.length,
        decisions: b.decisions.length,
      });
    },
  );

  app.post(
    '/alliances/:id/meetings/:meetingId/cancel',
    describe({ summary: 'Cancel a planned meeting', response: okSchema, ...TAG }),
    validate('param', meetingParam),
    validate('json', cancelBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const m = await db
        .selectFrom(`${S}.meeting`)
        .selectAll()
        .where('city_id', '=', a.city_id)
        .where('alliance_id', '=', a.id)
        .where('id', '=', p.meetingId)
        .executeTakeFirst();
      if (!m) throw notFound(say('会议', 'Meeting'));
      if (m.status !== 'planned')
        throw refused(say('只能取消未召开的会议', 'only a planned meeting can be cancelled'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.meeting`)
          .set({ status: 'cancelled', cancel_reason: c.req.valid('json').reason })
          .where('city_id', '=', a.city_id)
          .where('id', '=', m.id)
          .execute();
        await audit(trx, c, 'cancel', 'meeting', m.id, { status: 'planned' }, { status: 'cancelled' });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/alliances/:id/decisions/:decisionId/done',
    describe({
      summary: 'Mark a meeting decision as carried out',
      noBody: true,
      response: decisionDoneSchema,
      ...TAG,
    }),
    validate('param', decisionParam),
    async (c) => {
      requireOrgAdmin(c);
      const p = c.req.valid('param');
      const a = await load(c, p.id, true);
      const d = await db
        .selectFrom(`${S}.meeting_decision as d`)
        .innerJoin(`${S}.meeting as m`, (j) =>
          j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.meeting_id'),
        )
        .selectAll('d')
        .where('d.city_id', '=', a.city_id)
        .where('m.alliance_id', '=', a.id)
        .where('d.id', '=', p.decisionId)
        .executeTakeFirst();
      if (!d) throw notFound(say('决议事项', 'Decision'));
      if (d.done_on) throw refused(say('已办结', 'already done'));
      const doneOn = today(ctx);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.meeting_decision`)
          .set({ done_on: doneOn })
          .where('city_id', '=', a.city_id)
          .where('id', '=', d.id)
          .execute();
        await audit(trx, c, 'done', 'meeting_decision', d.id, { doneOn: null }, { doneOn });
      });
      return c.json({ ok: true, doneOn });
    },
  );

  return app;
}
