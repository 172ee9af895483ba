import {
  badRequest,
  conflict,
  describe,
  idParam,
  notFound,
  orgPathFilter,
  type PluginEnv,
  recordAudit,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  addMonths,
  type C,
  type Ctx,
  configOf,
  type Db,
  id,
  isoDate,
  loadRegion,
  optText,
  T,
  text,
  todayOf,
} from '../common';
import {
  councilDetailSchema,
  createdIdSchema,
  idRowsSchema,
  meetingCreatedSchema,
  projectCreatedSchema,
  projectStatusSchema,
  replacedSchema,
  scoreboardSchema,
  termSchema,
} from '../schemas';

const createBody = z.object({
  regionId: id,
  name: text(120),
  foundedOn: isoDate.optional(),
  unitIds: z.array(id).min(2).max(100),
  /** The first rotating chair (轮值主席): one of the member units. */
  chairUnitId: id,
});
const addMemberBody = z.object({ unitId: id, joinedOn: isoDate.optional() });
const replaceMemberBody = z.object({
  reason: text(300),
  replacementUnitId: id.nullable().optional(),
  on: isoDate.optional(),
});
const rotateBody = z.object({ chairMemberId: id.optional(), startsOn: isoDate.optional() });
const replaceChairBody = z.object({ chairMemberId: id, reason: text(300), on: isoDate.optional() });
const projectBody = z.object({
  title: text(120),
  description: optText(1000),
  declaredByMemberId: id,
  /** Who leads it; by default the member unit whose turn it is (fewest projects led so far). */
  leadMemberId: id.optional(),
  declaredOn: isoDate.optional(),
  dueOn: isoDate.optional(),
});
const startBody = z.object({ startsOn: isoDate.optional() });
const completeBody = z.object({ completedOn: isoDate.optional(), outcome: text(1000) });
const dropBody = z.object({ reason: text(300) });
const meetingBody = z.object({
  heldOn: isoDate,
  topic: text(200),
  minutes: optText(4000),
  reviews: z
    .array(
      z.object({
        memberId: id,
        attended: z.boolean(),
        score: z.number().int().min(0).max(100),
        note: optText(300),
      }),
    )
    .max(100)
    .default([]),
});
const memberParam = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
const listQuery = z.object({ regionId: z.coerce.number().int().positive().optional() });

export function councilRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: co-building council'] };

  async function loadCouncil(c: C, councilId: number, need: 'read' | 'manage' = 'manage') {
    const council: any = await db
      .selectFrom(T.council)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('id', '=', councilId)
      .executeTakeFirst();
    if (!council) throw notFound({ 'zh-CN': '共建理事会', en: 'Council' });
    try {
      const region = await loadRegion(db, c, council.region_id, need);
      return { council, region };
    } catch {
      throw notFound({ 'zh-CN': '共建理事会', en: 'Council' });
    }
  }

  const members = (cityId: number, councilId: number) =>
    db
      .selectFrom(`${T.councilMember} as cm`)
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'cm.city_id').onRef('u.id', '=', 'cm.unit_id'),
      )
      .select([
        'cm.id',
        'cm.unit_id',
        'u.name as unit_name',
        'u.kind as unit_kind',
        'cm.joined_on',
        'cm.left_on',
        'cm.left_reason',
        'cm.replaced_by_id',
      ])
      .where('cm.city_id', '=', cityId)
      .where('cm.council_id', '=', councilId)
      .orderBy('cm.id')
      .execute();

  const currentTerm = (dbx: Db, cityId: number, councilId: number) =>
    dbx
      .selectFrom(T.term)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', councilId)
      .where('ended_on', 'is', null)
      .executeTakeFirst();

  async function activeMember(
    c: C,
    councilId: number,
    memberId: number,
    field: string,
    zh: string,
    en: string,
  ) {
    const m: any = await db
      .selectFrom(T.councilMember)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('council_id', '=', councilId)
      .where('id', '=', memberId)
      .executeTakeFirst();
    if (!m || m.left_on) throw badRequest('validation_failed', { detail: { 'zh-CN': zh, en: en } }, field);
    return m;
  }

  app.get(
    '/councils',
    describe({
      response: idRowsSchema,
      summary: 'Co-building councils in scope with their current rotating chair',
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      let q = db
        .selectFrom(`${T.council} as k`)
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'k.city_id').onRef('r.id', '=', 'k.region_id'),
        )
        .innerJoin('core.org as ro', (j) =>
          j.onRef('ro.city_id', '=', 'r.city_id').onRef('ro.id', '=', 'r.regional_org_id'),
        )
        .leftJoin(`${T.term} as t`, (j) =>
          j
            .onRef('t.city_id', '=', 'k.city_id')
            .onRef('t.council_id', '=', 'k.id')
            .on('t.ended_on', 'is', null),
        )
        .leftJoin(`${T.councilMember} as ch`, (j) =>
          j.onRef('ch.city_id', '=', 't.city_id').onRef('ch.id', '=', 't.chair_member_id'),
        )
        .leftJoin('core.unit as cu', (j) =>
          j.onRef('cu.city_id', '=', 'ch.city_id').onRef('cu.id', '=', 'ch.unit_id'),
        )
        .select([
          'k.id',
          'k.name',
          'k.region_id as regionId',
          'r.name as regionName',
          'k.founded_on as foundedOn',
          't.term_no as termNo',
          't.ends_on as termEndsOn',
          'cu.name as chairName',
          (eb) =>
            eb
              .selectFrom(`${T.councilMember} as m`)
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('m.city_id', '=', 'k.city_id')
              .whereRef('m.council_id', '=', 'k.id')
              .where('m.left_on', 'is', null)
              .as('memberCount'),
        ])
        .where('k.city_id', '=', cityId)
        .where(orgPathFilter(c.get('access'), 'ro.path'));
      const f = c.req.valid('query');
      if (f.regionId) q = q.where('k.region_id', '=', f.regionId);
      const rows = await q.orderBy('k.id').execute();
      return c.json({ items: rows.map((r: any) => ({ ...r, memberCount: Number(r.memberCount) })) });
    },
  );

  app.post(
    '/councils',
    describe({
      status: 201,
      response: councilDetailSchema,
      summary:
        'Found a regional co-building council (共建理事会) with member units and a first rotating chair',
      ...tag,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const region = await loadRegion(db, c, b.regionId, 'manage', 'regionId');
      const cityId = c.get('city').id;
      const unitIds = [...new Set(b.unitIds)];
      if (unitIds.length < 2)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '理事会至少需要两家理事单位',
              en: 'a council needs at least two member units',
            },
          },
          'unitIds',
        );
      const inRegion = await db
        .selectFrom(T.regionUnit)
        .select('unit_id')
        .where('city_id', '=', cityId)
        .where('region_id', '=', region.id)
        .where('unit_id', 'in', unitIds)
        .execute();
      const have = new Set(inRegion.map((r: any) => r.unit_id));
      const outside = unitIds.findIndex((u) => !have.has(u));
      if (outside >= 0)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '理事单位须为本区域内的单位',
              en: 'member units must be units of this region',
            },
          },
          `unitIds.${outside}`,
        );
      if (!unitIds.includes(b.chairUnitId))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '轮值主席必须是理事单位', en: 'the rotating chair must be a member unit' } },
          'chairUnitId',
        );
      const dup = await db
        .selectFrom(T.council)
        .select('id')
        .where('city_id', '=', cityId)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (dup) throw conflict({ 'zh-CN': '已有同名理事会', en: 'a council with this name exists' }, 'name');
      const founded = b.foundedOn ?? todayOf(ctx);
      const created = await db.transaction().execute(async (trx) => {
        const k = await trx
          .insertInto(T.council)
          .values({ city_id: cityId, region_id: region.id, name: b.name, founded_on: founded })
          .returning('id')
          .executeTakeFirstOrThrow();
        const ms = await trx
          .insertInto(T.councilMember)
          .values(unitIds.map((u) => ({ city_id: cityId, council_id: k.id, unit_id: u, joined_on: founded })))
          .returning(['id', 'unit_id'])
          .execute();
        const chair = ms.find((m: any) => m.unit_id === b.chairUnitId)!;
        await trx
          .insertInto(T.term)
          .values({
            city_id: cityId,
            council_id: k.id,
            term_no: 1,
            chair_member_id: chair.id,
            starts_on: founded,
            ends_on: addMonths(founded, configOf(c).councilTermMonths),
          })
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.council,
          entityId: k.id,
          after: b,
        });
        return k;
      });
      return c.json(await detail(c, created.id), 201);
    },
  );

  app.get(
    '/councils/:id',
    describe({
      response: councilDetailSchema,
      responses: { 404: 'not found in the actor’s scope' },
      summary:
        'A council: member units (current and replaced, with reasons), chair terms, projects and meetings',
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id, 'read');
      return c.json(await detail(c, council.id));
    },
  );

  async function detail(c: C, councilId: number) {
    const cityId = c.get('city').id;
    const council: any = await db
      .selectFrom(T.council)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', '=', councilId)
      .executeTakeFirstOrThrow();
    const [ms, terms, projects, meetings] = await Promise.all([
      members(cityId, councilId),
      db
        .selectFrom(T.term)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('council_id', '=', councilId)
        .orderBy('term_no')
        .execute(),
      db
        .selectFrom(T.project)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('council_id', '=', councilId)
        .orderBy('id')
        .execute(),
      db
        .selectFrom(T.meeting)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('council_id', '=', councilId)
        .orderBy('held_on')
        .execute(),
    ]);
    const name = new Map(ms.map((m: any) => [m.id as number, m.unit_name as string]));
    const reviews = meetings.length
      ? await db
          .selectFrom(T.review)
          .selectAll()
          .where('city_id', '=', cityId)
          .where(
            'meeting_id',
            'in',
            meetings.map((m: any) => m.id),
          )
          .execute()
      : [];
    const current = terms.find((t: any) => !t.ended_on);
    return {
      id: council.id,
      name: council.name,
      regionId: council.region_id,
      foundedOn: council.founded_on,
      currentTerm: current ? termView(current, name) : null,
      nextInTurn: nextChair(ms, current?.chair_member_id),
      members: ms.map((m: any) => ({
        id: m.id,
        unitId: m.unit_id,
        unitName: m.unit_name,
        unitKind: m.unit_kind,
        joinedOn: m.joined_on,
        leftOn: m.left_on,
        leftReason: m.left_reason,
        replacedByName: m.replaced_by_id ? name.get(m.replaced_by_id) : null,
        active: !m.left_on,
      })),
      terms: terms.map((t: any) => termView(t, name)),
      projects: projects.map((p: any) => ({
        id: p.id,
        title: p.title,
        description: p.description,
        declaredById: p.declared_by_id,
        declaredByName: name.get(p.declared_by_id),
        leadMemberId: p.lead_member_id,
        leadName: name.get(p.lead_member_id),
        declaredOn: p.declared_on,
        startsOn: p.starts_on,
        dueOn: p.due_on,
        status: p.status,
        completedOn: p.completed_on,
        outcome: p.outcome,
      })),
      meetings: meetings.map((m: any) => ({
        id: m.id,
        heldOn: m.held_on,
        topic: m.topic,
        minutes: m.minutes,
        chairName: m.chair_member_id ? name.get(m.chair_member_id) : null,
        reviews: reviews
          .filter((r: any) => r.meeting_id === m.id)
          .map((r: any) => ({
            memberId: r.council_member_id,
            unitName: name.get(r.council_member_id),
            attended: r.attended,
            score: r.score,
            note: r.note,
          })),
      })),
    };
  }

  function termView(t: any, name: Map<number, string>) {
    return {
      id: t.id,
      termNo: t.term_no,
      chairMemberId: t.chair_member_id,
      chairName: name.get(t.chair_member_id),
      startsOn: t.starts_on,
      endsOn: t.ends_on,
      endedOn: t.ended_on,
      endKind: t.end_kind,
      endReason: t.end_reason,
    };
  }

  /** 轮流: the next active member after the current chair, in the order they joined. */
  function nextChair(ms: any[], currentChairId: number | undefined) {
    const active = ms.filter((m) => !m.left_on);
    if (!active.length) return null;
    const after = active.find((m) => currentChairId !== undefined && m.id > currentChairId);
    const next = after ?? active[0];
    if (next.id === currentChairId && active.length > 1) return null;
    return { memberId: next.id, unitName: next.unit_name };
  }

  app.post(
    '/councils/:id/members',
    describe({
      status: 201,
      response: createdIdSchema,
      summary: 'Admit a member unit of the region',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', addMemberBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council, region } = await loadCouncil(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      await unitOfRegion(c, region.id, b.unitId, 'unitId');
      const already = await db
        .selectFrom(T.councilMember)
        .select('id')
        .where('city_id', '=', cityId)
        .where('council_id', '=', council.id)
        .where('unit_id', '=', b.unitId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      if (already) throw conflict({ 'zh-CN': '该单位已是理事单位', en: 'already a member unit' }, 'unitId');
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.councilMember)
          .values({
            city_id: cityId,
            council_id: council.id,
            unit_id: b.unitId,
            joined_on: b.joinedOn ?? todayOf(ctx),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'add_member',
          entity: T.council,
          entityId: council.id,
          after: { memberId: r.id, unitId: b.unitId },
        });
        return r;
      });
      return c.json({ id: row.id }, 201);
    },
  );

  async function unitOfRegion(c: C, regionId: number, unitId: number, field: string) {
    const ru = await db
      .selectFrom(T.regionUnit)
      .select('unit_id')
      .where('city_id', '=', c.get('city').id)
      .where('region_id', '=', regionId)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    if (!ru)
      throw badRequest(
        'validation_failed',
        {
          detail: { 'zh-CN': '理事单位须为本区域内的单位', en: 'member units must be units of this region' },
        },
        field,
      );
  }

  app.post(
    '/councils/:id/members/:memberId/replace',
    describe({
      response: replacedSchema,
      summary:
        'Replace (淘汰更换) an inactive member unit, the reason recorded; optionally admit its replacement',
      ...tag,
      responses: { 409: 'the unit is the current chair' },
    }),
    validate('param', memberParam),
    validate('json', replaceMemberBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id: councilId, memberId } = c.req.valid('param');
      const { council, region } = await loadCouncil(c, councilId);
      const cityId = c.get('city').id;
      const m: any = await db
        .selectFrom(T.councilMember)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('council_id', '=', council.id)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!m) throw notFound({ 'zh-CN': '理事单位', en: 'Member unit' });
      if (m.left_on)
        throw conflict({ 'zh-CN': '该理事单位已被更换', en: 'this member unit has already left' });
      const term: any = await currentTerm(db, cityId, council.id);
      if (term?.chair_member_id === m.id)
        throw conflict(
          {
            'zh-CN': '该单位是现任轮值主席，请先更换轮值主席',
            en: 'this unit is the current rotating chair; replace the chair first',
          },
          'memberId',
        );
      const b = c.req.valid('json');
      const on = b.on ?? todayOf(ctx);
      if (on < m.joined_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '更换日期早于入会日期', en: 'before the unit joined' } },
          'on',
        );
      if (b.replacementUnitId) {
        await unitOfRegion(c, region.id, b.replacementUnitId, 'replacementUnitId');
        const dup = await db
          .selectFrom(T.councilMember)
          .select('id')
          .where('city_id', '=', cityId)
          .where('council_id', '=', council.id)
          .where('unit_id', '=', b.replacementUnitId)
          .where('left_on', 'is', null)
          .executeTakeFirst();
        if (dup)
          throw conflict(
            { 'zh-CN': '替补单位已是理事单位', en: 'the replacement is already a member unit' },
            'replacementUnitId',
          );
      } else {
        const left = await db
          .selectFrom(T.councilMember)
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('city_id', '=', cityId)
          .where('council_id', '=', council.id)
          .where('left_on', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(left.n) <= 2)
          throw conflict(
            {
              'zh-CN': '理事会至少保留两家理事单位，请指定替补单位',
              en: 'a council keeps at least two member units; name a replacement',
            },
            'replacementUnitId',
          );
      }
      const result = await db.transaction().execute(async (trx) => {
        let replacement: { id: number } | null = null;
        if (b.replacementUnitId)
          replacement = await trx
            .insertInto(T.councilMember)
            .values({ city_id: cityId, council_id: council.id, unit_id: b.replacementUnitId, joined_on: on })
            .returning('id')
            .executeTakeFirstOrThrow();
        await trx
          .updateTable(T.councilMember)
          .set({ left_on: on, left_reason: b.reason, replaced_by_id: replacement?.id ?? null })
          .where('city_id', '=', cityId)
          .where('id', '=', m.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'replace_member',
          entity: T.council,
          entityId: council.id,
          before: { memberId: m.id, unitId: m.unit_id },
          after: { reason: b.reason, replacementMemberId: replacement?.id ?? null, on },
        });
        return { replacedMemberId: m.id, replacementMemberId: replacement?.id ?? null };
      });
      return c.json(result);
    },
  );

  app.post(
    '/councils/:id/rotate',
    describe({
      status: 201,
      response: termSchema,
      summary: 'End the current chair’s term and hand the chair to the next member unit in turn',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', rotateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const b = c.req.valid('json');
      const term: any = await currentTerm(db, cityId, council.id);
      const ms = await members(cityId, council.id);
      let chairId = b.chairMemberId;
      if (chairId === undefined) {
        const next = nextChair(ms, term?.chair_member_id);
        if (!next)
          throw conflict({
            'zh-CN': '没有可轮值的其他理事单位',
            en: 'no other member unit to take the chair',
          });
        chairId = next.memberId;
      }
      const chair = ms.find((m: any) => m.id === chairId);
      if (!chair || chair.left_on)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '轮值主席必须是现任理事单位',
              en: 'the rotating chair must be a current member unit',
            },
          },
          'chairMemberId',
        );
      if (term && term.chair_member_id === chairId)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '轮值主席应由下一家理事单位担任',
              en: 'the chair rotates to another member unit',
            },
          },
          'chairMemberId',
        );
      const startsOn = b.startsOn ?? todayOf(ctx);
      if (term && startsOn <= term.starts_on)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '新任期须晚于本任期开始',
              en: 'the new term must start after the current one',
            },
          },
          'startsOn',
        );
      const created = await db.transaction().execute(async (trx) => {
        if (term)
          await trx
            .updateTable(T.term)
            .set({ ended_on: startsOn, end_kind: 'completed' })
            .where('city_id', '=', cityId)
            .where('id', '=', term.id)
            .execute();
        const t = await trx
          .insertInto(T.term)
          .values({
            city_id: cityId,
            council_id: council.id,
            term_no: (term?.term_no ?? 0) + 1,
            chair_member_id: chairId as number, // the next chair when the body named none (above)
            starts_on: startsOn,
            ends_on: addMonths(startsOn, configOf(c).councilTermMonths),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'rotate',
          entity: T.council,
          entityId: council.id,
          before: term ? { chairMemberId: term.chair_member_id } : null,
          after: { chairMemberId: chairId, termNo: t.term_no },
        });
        return t;
      });
      return c.json(termView(created, new Map(ms.map((m: any) => [m.id, m.unit_name]))), 201);
    },
  );

  app.post(
    '/councils/:id/replace-chair',
    describe({
      status: 201,
      response: termSchema,
      summary: 'Replace an inactive rotating chair mid-term (淘汰更换轮值主席), the reason recorded',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', replaceChairBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const b = c.req.valid('json');
      const term: any = await currentTerm(db, cityId, council.id);
      if (!term) throw conflict({ 'zh-CN': '当前没有轮值主席', en: 'there is no current chair' });
      const chair = await activeMember(
        c,
        council.id,
        b.chairMemberId,
        'chairMemberId',
        '轮值主席必须是现任理事单位',
        'the rotating chair must be a current member unit',
      );
      if (chair.id === term.chair_member_id)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '新轮值主席不能是被更换的单位',
              en: 'the new chair must be another member unit',
            },
          },
          'chairMemberId',
        );
      const on = b.on ?? todayOf(ctx);
      if (on <= term.starts_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '更换日期须晚于本任期开始', en: 'must be after the term started' } },
          'on',
        );
      const ms = await members(cityId, council.id);
      const created = await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.term)
          .set({ ended_on: on, end_kind: 'replaced', end_reason: b.reason })
          .where('city_id', '=', cityId)
          .where('id', '=', term.id)
          .execute();
        // The new chair serves out the rest of the term.
        const t = await trx
          .insertInto(T.term)
          .values({
            city_id: cityId,
            council_id: council.id,
            term_no: term.term_no + 1,
            chair_member_id: chair.id,
            starts_on: on,
            ends_on: term.ends_on > on ? term.ends_on : addMonths(on, configOf(c).councilTermMonths),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'replace_chair',
          entity: T.council,
          entityId: council.id,
          before: { chairMemberId: term.chair_member_id },
          after: { chairMemberId: chair.id, reason: b.reason },
        });
        return t;
      });
      return c.json(termView(created, new Map(ms.map((m: any) => [m.id, m.unit_name]))), 201);
    },
  );

  app.post(
    '/councils/:id/projects',
    describe({
      status: 201,
      response: projectCreatedSchema,
      summary: 'A member unit declares a co-building project; units lead in turn',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', projectBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const b = c.req.valid('json');
      await activeMember(
        c,
        council.id,
        b.declaredByMemberId,
        'declaredByMemberId',
        '申报单位须为现任理事单位',
        'projects are declared by current member units',
      );
      let lead = b.leadMemberId;
      if (lead)
        await activeMember(
          c,
          council.id,
          lead,
          'leadMemberId',
          '牵头单位须为现任理事单位',
          'the lead must be a current member unit',
        );
      else {
        // 轮流牵头: the current member unit that has led the fewest projects, earliest joined first.
        const ms = (await members(cityId, council.id)).filter((m: any) => !m.left_on);
        const led = await db
          .selectFrom(T.project)
          .select(['lead_member_id'])
          .where('city_id', '=', cityId)
          .where('council_id', '=', council.id)
          .where('status', '<>', 'dropped')
          .execute();
        const count = new Map<number, number>();
        for (const p of led as any[]) count.set(p.lead_member_id, (count.get(p.lead_member_id) ?? 0) + 1);
        lead = ms.reduce(
          (best: any, m: any) => ((count.get(m.id) ?? 0) < (count.get(best.id) ?? 0) ? m : best),
          ms[0],
        ).id as number;
      }
      const declaredOn = b.declaredOn ?? todayOf(ctx);
      if (b.dueOn && b.dueOn < declaredOn)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '完成期限早于申报日期', en: 'due before it was declared' } },
          'dueOn',
        );
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.project)
          .values({
            city_id: cityId,
            council_id: council.id,
            title: b.title,
            description: b.description ?? null,
            declared_by_id: b.declaredByMemberId,
            lead_member_id: lead,
            declared_on: declaredOn,
            due_on: b.dueOn ?? null,
            status: 'declared',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.project,
          entityId: r.id,
          after: { ...b, leadMemberId: lead },
        });
        return r;
      });
      return c.json({ id: row.id, leadMemberId: lead, status: 'declared' }, 201);
    },
  );

  async function loadProject(c: C, projectId: number) {
    const p: any = await db
      .selectFrom(T.project)
      .selectAll()
      .where('city_id', '=', c.get('city').id)
      .where('id', '=', projectId)
      .executeTakeFirst();
    if (!p) throw notFound({ 'zh-CN': '共建项目', en: 'Project' });
    await loadCouncil(c, p.council_id);
    return p;
  }

  async function setProject(c: C, p: any, set: Record<string, unknown>, action: string) {
    const cityId = c.get('city').id;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable(T.project)
        .set(set)
        .where('city_id', '=', cityId)
        .where('id', '=', p.id)
        .execute();
      await recordAudit(trx, {
        cityId,
        actorUserId: c.get('actor').userId,
        action,
        entity: T.project,
        entityId: p.id,
        before: { status: p.status },
        after: set,
      });
    });
    return c.json({ id: p.id, ...set });
  }

  app.post(
    '/council-projects/:id/start',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'not declared' },
      summary: 'Start a declared project',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', startBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status !== 'declared')
        throw conflict({ 'zh-CN': '只有已申报的项目可以启动', en: 'only a declared project can start' });
      const on = c.req.valid('json').startsOn ?? todayOf(ctx);
      if (on < p.declared_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '启动日期早于申报日期', en: 'starts before it was declared' } },
          'startsOn',
        );
      return setProject(c, p, { status: 'in_progress', starts_on: on }, 'start');
    },
  );

  app.post(
    '/council-projects/:id/complete',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'not in progress' },
      summary: 'Complete a project in progress',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', completeBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status !== 'in_progress')
        throw conflict({
          'zh-CN': '只有实施中的项目可以完成',
          en: 'only a project in progress can be completed',
        });
      const b = c.req.valid('json');
      const on = b.completedOn ?? todayOf(ctx);
      if (on < p.starts_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '完成日期早于启动日期', en: 'completed before it started' } },
          'completedOn',
        );
      return setProject(c, p, { status: 'completed', completed_on: on, outcome: b.outcome }, 'complete');
    },
  );

  app.post(
    '/council-projects/:id/drop',
    describe({
      response: projectStatusSchema,
      responses: { 409: 'already done or dropped' },
      summary: 'Drop a project that will not be done, with the reason',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', dropBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      if (p.status === 'completed' || p.status === 'dropped')
        throw conflict({ 'zh-CN': '项目已结束', en: 'the project is already over' });
      return setProject(c, p, { status: 'dropped', outcome: c.req.valid('json').reason }, 'drop');
    },
  );

  app.post(
    '/councils/:id/meetings',
    describe({
      status: 201,
      response: meetingCreatedSchema,
      summary: 'A council meeting with the performance review (绩效考核) of each member unit',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', meetingBody),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const b = c.req.valid('json');
      if (b.heldOn < council.founded_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '会议日期早于理事会成立', en: 'before the council was founded' } },
          'heldOn',
        );
      if (b.heldOn > todayOf(ctx))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '不能登记未召开的会议', en: 'the meeting has not happened yet' } },
          'heldOn',
        );
      const ms = await members(cityId, council.id);
      const seen = new Set<number>();
      b.reviews.forEach((r, i) => {
        const m: any = ms.find((x: any) => x.id === r.memberId);
        if (!m || m.joined_on > b.heldOn || (m.left_on && m.left_on <= b.heldOn))
          throw badRequest(
            'validation_failed',
            {
              detail: {
                'zh-CN': '只能考核会议时在册的理事单位',
                en: 'only units on the council at the meeting are reviewed',
              },
            },
            `reviews.${i}.memberId`,
          );
        if (seen.has(r.memberId))
          throw badRequest(
            'validation_failed',
            { detail: { 'zh-CN': '同一单位重复考核', en: 'a unit is reviewed twice' } },
            `reviews.${i}.memberId`,
          );
        seen.add(r.memberId);
      });
      const chairTerm: any = await db
        .selectFrom(T.term)
        .select('chair_member_id')
        .where('city_id', '=', cityId)
        .where('council_id', '=', council.id)
        .where('starts_on', '<=', b.heldOn)
        .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', b.heldOn)]))
        .orderBy('starts_on', 'desc')
        .executeTakeFirst();
      const row = await db.transaction().execute(async (trx) => {
        const m = await trx
          .insertInto(T.meeting)
          .values({
            city_id: cityId,
            council_id: council.id,
            held_on: b.heldOn,
            topic: b.topic,
            minutes: b.minutes ?? null,
            chair_member_id: chairTerm?.chair_member_id ?? null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (b.reviews.length)
          await trx
            .insertInto(T.review)
            .values(
              b.reviews.map((r) => ({
                city_id: cityId,
                meeting_id: m.id,
                council_member_id: r.memberId,
                attended: r.attended,
                score: r.score,
                note: r.note ?? null,
              })),
            )
            .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: T.meeting,
          entityId: m.id,
          after: b,
        });
        return m;
      });
      return c.json({ id: row.id, chairMemberId: chairTerm?.chair_member_id ?? null }, 201);
    },
  );

  app.get(
    '/councils/:id/scoreboard',
    describe({
      response: scoreboardSchema,
      summary:
        'Council scoreboard: per member unit, projects declared/led/completed, meetings attended, average score, active or not',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', periodQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { council } = await loadCouncil(c, c.req.valid('param').id, 'read');
      const today = todayOf(ctx);
      const f = c.req.valid('query');
      const from = f.from ?? `${today.slice(0, 4)}-01-01`;
      const to = f.to ?? today;
      if (from > to)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '开始日期晚于结束日期', en: 'from is after to' } },
          'from',
        );
      return c.json({
        from,
        to,
        items: await scoreboard(db, c.get('city').id, council.id, from, to, configOf(c).activeScoreThreshold),
      });
    },
  );

  return app;
}

export interface ScoreRow {
  memberId: number;
  unitName: string;
  active: boolean;
  current: boolean;
  declared: number;
  led: number;
  completed: number;
  meetings: number;
  attended: number;
  avgScore: number | null;
  chairTerms: number;
}

/**
 * Per member unit on the council during [from, to]: what it did, and whether it counts as active —
 * it declared or led a project in the period, or its average meeting review score reached the threshold.
 */
export async function scoreboard(
  db: Db,
  cityId: number,
  councilId: number,
  from: string,
  to: string,
  threshold: number,
): Promise<ScoreRow[]> {
  const ms: any[] = await db
    .selectFrom(`${T.councilMember} as cm`)
    .innerJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'cm.city_id').onRef('u.id', '=', 'cm.unit_id'),
    )
    .select(['cm.id', 'u.name', 'cm.joined_on', 'cm.left_on'])
    .where('cm.city_id', '=', cityId)
    .where('cm.council_id', '=', councilId)
    .where('cm.joined_on', '<=', to)
    .where((eb) => eb.or([eb('cm.left_on', 'is', null), eb('cm.left_on', '>=', from)]))
    .orderBy('cm.id')
    .execute();
  const projects: any[] = await db
    .selectFrom(T.project)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .execute();
  const meetings: any[] = await db
    .selectFrom(T.meeting)
    .select(['id'])
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('held_on', '>=', from)
    .where('held_on', '<=', to)
    .execute();
  const reviews: any[] = meetings.length
    ? await db
        .selectFrom(T.review)
        .selectAll()
        .where('city_id', '=', cityId)
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .execute()
    : [];
  const terms: any[] = await db
    .selectFrom(T.term)
    .select(['chair_member_id'])
    .where('city_id', '=', cityId)
    .where('council_id', '=', councilId)
    .where('starts_on', '<=', to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', from)]))
    .execute();
  return ms.map((m) => {
    const declared = projects.filter(
      (p) => p.declared_by_id === m.id && p.declared_on >= from && p.declared_on <= to,
    ).length;
    // Led in the period: a started project whose run overlaps the period.
    const led = projects.filter(
      (p) =>
        p.lead_member_id === m.id &&
        p.starts_on &&
        p.starts_on <= to &&
        (p.completed_on == null || p.completed_on >= from) &&
        p.status !== 'dropped',
    ).length;
    const completed = projects.filter(
      (p) =>
        p.lead_member_id === m.id &&
        p.status === 'completed' &&
        p.completed_on >= from &&
        p.completed_on <= to,
    ).length;
    const mine = reviews.filter((r) => r.council_member_id === m.id);
    const avgScore = mine.length ? mine.reduce((s, r) => s + r.score, 0) / mine.length : null;
    const active = declared > 0 || led > 0 || (avgScore !== null && avgScore >= threshold);
    return {
      memberId: m.id,
      unitName: m.name,
      active,
      current: m.left_on == null,
      declared,
      led,
      completed,
      meetings: mine.length,
      attended: mine.filter((r) => r.attended).length,
      avgScore: avgScore === null ? null : Math.round(avgScore * 10) / 10,
      chairTerms: terms.filter((t) => t.chair_member_id === m.id).length,
    };
  });
}
