import {
  assertInCity,
  describe,
  idParam,
  isoDate,
  optionalText,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  phoneNumber,
  positiveId,
  requireOrgAdmin,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { MEETING_MODES } from '../../shared/terms';
import type { GulouTables } from '../db';
import { itemsOf, okSchema } from '../schemas';
import { type C, TAG } from '../util';
import { findAlliance, findDecision, findMeeting, findMemberUnit, listAlliances } from './queries';
import { checkFoundedOn, checkUnitStays } from './rules';
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
import {
  addRepresentative,
  adoptCharter,
  allianceDetail,
  callMeeting,
  cancelMeeting,
  foundAlliance,
  joinAlliance,
  leaveAlliance,
  markDecisionDone,
  recordMeeting,
  removeRepresentative,
} from './service';

const rep = z.object({
  name: text(40),
  title: optionalText(60).default(null),
  phone: phoneNumber.nullable().default(null),
  memberId: positiveId.nullable().default(null),
});
const createBody = z.object({
  name: text(120),
  leadOrgId: positiveId,
  foundedOn: isoDate,
  charter: z.string().trim().max(20_000).nullable().default(null),
});
const charterBody = z.object({ charter: text(20_000, 10), adoptedOn: isoDate });
const joinBody = z.object({
  unitId: positiveId,
  joinedOn: isoDate,
  representatives: z.array(rep).min(1).max(2),
});
const leaveBody = z.object({ leftOn: isoDate });
const meetingBody = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  mode: z.enum(MEETING_MODES),
  location: optionalText(120).default(null),
  topic: text(200),
  agenda: z.array(text(200)).min(1).max(20),
});
const recordBody = z.object({
  attendeeIds: z.array(positiveId).max(500),
  minutes: text(20_000, 2),
  decisions: z
    .array(
      z.object({
        content: text(500),
        ownerUnitId: positiveId.nullable().default(null),
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

/** The alliance's HTTP face: validation, the actor's scope, and answers; the rules live in rules.ts. */
export function allianceRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** Alliances are readable by every admin in the city; changes need the lead org in scope. */
  async function load(c: C, allianceId: number, write = false) {
    const a = await findAlliance(db, c.get('city').id, allianceId);
    if (write) await orgInScope(db, c, a.lead_org_id);
    return a;
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
      return c.json({ items: await listAlliances(db, c.get('city').id) });
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
      return c.json(await allianceDetail(db, a));
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
      checkFoundedOn(b.foundedOn, todayOf(ctx));
      const row = await foundAlliance(db, whoOf(c), b);
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
      await adoptCharter(db, whoOf(c), a, c.req.valid('json'));
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
      const row = await joinAlliance(db, whoOf(c), a, c.req.valid('json'));
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
      const mu = await findMemberUnit(db, a.city_id, a.id, p.memberUnitId);
      await leaveAlliance(db, whoOf(c), mu, c.req.valid('json').leftOn);
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
      const mu = await findMemberUnit(db, a.city_id, a.id, p.memberUnitId);
      checkUnitStays(mu);
      const b = c.req.valid('json');
      await assertInCity(db, 'core.member', a.city_id, b.memberId, 'memberId');
      const row = await addRepresentative(db, whoOf(c), mu, b);
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
      const mu = await findMemberUnit(db, a.city_id, a.id, p.memberUnitId);
      await removeRepresentative(db, whoOf(c), mu, p.repId);
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
      const row = await callMeeting(db, whoOf(c), a, c.req.valid('json'));
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
      const m = await findMeeting(db, a.city_id, a.id, p.meetingId);
      return c.json(await recordMeeting(db, whoOf(c), a, m, ctx.clock.now(), c.req.valid('json')));
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
      const m = await findMeeting(db, a.city_id, a.id, p.meetingId);
      await cancelMeeting(db, whoOf(c), m, c.req.valid('json').reason);
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
      const d = await findDecision(db, a.city_id, a.id, p.decisionId);
      return c.json(await markDecisionDone(db, whoOf(c), d, todayOf(ctx)));
    },
  );

  return app;
}
