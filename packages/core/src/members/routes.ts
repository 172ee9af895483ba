import { Hono } from 'hono';
import { z } from 'zod';
import { orgPathFilter } from '../auth/actor';
import { recordAudit } from '../audit';
import { assertInCity, orgInScope, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import { AFFILIATION_KINDS, CADRE_RANKS, MEMBER_CATEGORIES, type Member } from '../db/schema';
import type { AppEnv } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { describe, idParam, nameText, paging, validate } from '../http/validate';
import { normalizeIdNumber, normalizePhone } from '../roster/values';
import { isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './id-number';
import { affiliationSchema, memberSchema, okSchema, pageOf } from '../http/schemas';

/** A member as read (list, detail): with the names of its org and (when it has one) its unit. */
const memberReadSchema = memberSchema.extend({ orgName: z.string(), unitName: z.string().nullable() });
const memberDetailSchema = memberReadSchema.extend({
  affiliations: z.array(
    affiliationSchema.extend({ orgName: z.string().nullable(), placeName: z.string().nullable() }),
  ),
});

export function memberView(m: Member & { org_name?: string; unit_name?: string | null }, reveal: boolean) {
  return {
    id: m.id,
    name: m.name,
    gender: m.gender,
    idNumber: reveal ? m.id_number : maskIdNumber(m.id_number),
    phone: reveal ? m.phone : maskPhone(m.phone),
    birthDate: m.birth_date,
    category: m.category,
    cadreRank: m.cadre_rank,
    orgId: m.org_id,
    orgName: m.org_name,
    unitId: m.unit_id,
    unitName: m.unit_name,
    residencePlaceId: m.residence_place_id,
    joinedPartyOn: m.joined_party_on,
    occupation: m.occupation,
    skills: m.skills,
    active: m.active,
    masked: !reveal,
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const memberFields = {
  name: nameText(60),
  gender: z.enum(['male', 'female']),
  // Typed with a Chinese IME (full-width digits, Ｘ, spaces): normalised exactly as the roster import does.
  idNumber: z
    .string()
    .max(40)
    .transform(normalizeIdNumber)
    .refine(isValidIdNumber, { message: '身份证号校验失败 / ID number fails its checksum' }),
  phone: z
    .string()
    .max(40)
    .transform(normalizePhone)
    .refine(isValidPhone, { message: '手机号格式不正确 / not a mobile number' })
    .nullable(),
  birthDate: isoDate.nullable(),
  category: z.enum(MEMBER_CATEGORIES),
  cadreRank: z.enum(CADRE_RANKS),
  orgId: z.number().int().positive(),
  unitId: z.number().int().positive().nullable(),
  residencePlaceId: z.number().int().positive().nullable(),
  joinedPartyOn: isoDate.nullable(),
  occupation: z.string().trim().max(60).nullable(),
  skills: z.string().trim().max(200).nullable(),
};
const createBody = z.object({
  ...memberFields,
  phone: memberFields.phone.default(null),
  birthDate: memberFields.birthDate.default(null),
  cadreRank: memberFields.cadreRank.default('none'),
  unitId: memberFields.unitId.default(null),
  residencePlaceId: memberFields.residencePlaceId.default(null),
  joinedPartyOn: memberFields.joinedPartyOn.default(null),
  occupation: memberFields.occupation.default(null),
  skills: memberFields.skills.default(null),
});
const updateBody = z
  .object(memberFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const listQuery = paging.extend({
  q: z.string().trim().max(60).optional(),
  category: z.enum(MEMBER_CATEGORIES).optional(),
  cadreRank: z.enum(CADRE_RANKS).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  placeId: z.coerce.number().int().positive().optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
const detailQuery = z.object({ reveal: z.enum(['true', 'false']).default('false') });
const affiliationBody = z
  .object({
    kind: z.enum(AFFILIATION_KINDS),
    orgId: z.number().int().positive().nullable().default(null),
    placeId: z.number().int().positive().nullable().default(null),
    since: isoDate.optional(),
    note: z.string().trim().max(200).nullable().default(null),
  })
  .refine((v) => v.orgId != null || v.placeId != null, {
    message: 'orgId or placeId is required',
    path: ['orgId'],
  });
const affParam = z.object({
  id: z.coerce.number().int().positive(),
  affiliationId: z.coerce.number().int().positive(),
});
const endBody = z.object({ until: isoDate });

export function memberRoutes({ db, clock }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['members'] };

  const base = (cityId: number) =>
    db
      .selectFrom('core.member as m')
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .where('m.city_id', '=', cityId);

  /** A member the actor may see: in their subtree, or themselves. */
  async function load(c: any, id: number) {
    const city = c.get('city');
    const access = c.get('access');
    const row = await base(city.id)
      .selectAll('m')
      .select(['o.name as org_name', 'o.path as org_path', 'u.name as unit_name'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('member');
    const self = access.level === 'self' && access.memberId === row.id;
    if (
      !self &&
      !(
        access.level === 'city' ||
        (access.level === 'orgs' && access.paths.some((p: string) => row.org_path.startsWith(p)))
      )
    )
      throw notFound('member');
    return { row, self };
  }

  async function checkRefs(
    c: any,
    body: { orgId?: number; unitId?: number | null; residencePlaceId?: number | null },
  ) {
    const cityId = c.get('city').id;
    if (body.orgId) await orgInScope(db, c, body.orgId, 'orgId');
    await assertInCity(db, 'core.unit', cityId, body.unitId, 'unitId');
    await assertInCity(db, 'core.place', cityId, body.residencePlaceId, 'residencePlaceId');
  }

  app.get(
    '/',
    describe({
      summary: 'Members in the actor’s scope, paged and filtered; personal data masked',
      response: pageOf(memberReadSchema),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      let query = base(city.id).where(orgPathFilter(c.get('access'), 'o.path'));
      if (f.active !== 'all') query = query.where('m.active', '=', f.active === 'true');
      if (f.q) {
        const q = f.q;
        query = query.where((eb) =>
          eb.or([
            eb('m.name', 'ilike', `%${q}%`),
            eb('m.id_number', '=', q.toUpperCase()),
            eb('m.phone', '=', q),
          ]),
        );
      }
      if (f.category) query = query.where('m.category', '=', f.category);
      if (f.cadreRank) query = query.where('m.cadre_rank', '=', f.cadreRank);
      if (f.unitId) query = query.where('m.unit_id', '=', f.unitId);
      if (f.orgId) {
        const org = await orgInScope(db, c, f.orgId, 'orgId');
        query = query.where('o.path', 'like', `${org.path}%`);
      }
      if (f.placeId) {
        const place = await db
          .selectFrom('core.place')
          .select('path')
          .where('city_id', '=', city.id)
          .where('id', '=', f.placeId)
          .executeTakeFirst();
        if (!place) throw new ApiError(400, 'cross_city', { field: 'placeId' }, 'placeId');
        query = query.where(
          'm.residence_place_id',
          'in',
          db
            .selectFrom('core.place')
            .select('id')
            .where('city_id', '=', city.id)
            .where('path', 'like', `${place.path}%`),
        );
      }
      const [rows, total] = await Promise.all([
        query
          .selectAll('m')
          .select(['o.name as org_name', 'u.name as unit_name'])
          .orderBy('m.id')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({
        items: rows.map((r) => memberView(r, false)),
        total: Number(total.n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/:id',
    describe({
      summary: 'One member; ?reveal=true shows ID number and phone to city admins (audited)',
      response: memberDetailSchema,
      ...tag,
    }),
    validate('param', idParam),
    validate('query', detailQuery),
    async (c) => {
      const { row, self } = await load(c, c.req.valid('param').id);
      const wantReveal = c.req.valid('query').reveal === 'true';
      const mayReveal = self || c.get('access').level === 'city';
      const reveal = wantReveal && mayReveal;
      if (reveal && !self)
        await recordAudit(db, {
          cityId: c.get('city').id,
          actorUserId: c.get('actor').userId,
          action: 'reveal',
          entity: 'member',
          entityId: row.id,
        });
      const affiliations = await db
        .selectFrom('core.member_affiliation as a')
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.org_id'),
        )
        .leftJoin('core.place as p', (j) =>
          j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.place_id'),
        )
        .select([
          'a.id',
          'a.kind',
          'a.org_id',
          'a.place_id',
          'a.since',
          'a.until',
          'a.note',
          'o.name as org_name',
          'p.name as place_name',
        ])
        .where('a.city_id', '=', c.get('city').id)
        .where('a.member_id', '=', row.id)
        .orderBy('a.id')
        .execute();
      return c.json({
        ...memberView(row, reveal),
        affiliations: affiliations.map((a) => ({
          id: a.id,
          kind: a.kind,
          orgId: a.org_id,
          orgName: a.org_name,
          placeId: a.place_id,
          placeName: a.place_name,
          since: a.since,
          until: a.until,
          note: a.note,
        })),
      });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Create a member',
      status: 201,
      response: memberSchema,
      ...tag,
      responses: { 409: 'ID number already registered in this city' },
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await checkRefs(c, b);
      const city = c.get('city');
      const created = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.member')
          .values({
            city_id: city.id,
            name: b.name,
            gender: b.gender,
            id_number: b.idNumber,
            phone: b.phone,
            birth_date: b.birthDate,
            category: b.category,
            cadre_rank: b.cadreRank,
            org_id: b.orgId,
            unit_id: b.unitId,
            residence_place_id: b.residencePlaceId,
            joined_party_on: b.joinedPartyOn,
            occupation: b.occupation,
            skills: b.skills,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'member',
          entityId: row.id,
          after: memberView(row, false),
        });
        return row;
      });
      return c.json(memberView(created, false), 201);
    },
  );

  app.patch(
    '/:id',
    describe({ summary: 'Update a member', response: memberSchema, ...tag }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row: before } = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      await checkRefs(c, b);
      const city = c.get('city');
      const after = await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('core.member')
          .set({
            name: b.name,
            gender: b.gender,
            id_number: b.idNumber,
            phone: b.phone,
            birth_date: b.birthDate,
            category: b.category,
            cadre_rank: b.cadreRank,
            org_id: b.orgId,
            unit_id: b.unitId,
            residence_place_id: b.residencePlaceId,
            joined_party_on: b.joinedPartyOn,
            occupation: b.occupation,
            skills: b.skills,
            updated_at: clock.now(),
          })
          .where('city_id', '=', city.id)
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'member',
          entityId: row.id,
          before: memberView(before, false),
          after: memberView(row, false),
        });
        return row;
      });
      return c.json(memberView(after, false));
    },
  );

  app.post(
    '/:id/deactivate',
    describe({
      summary: 'Deactivate a member (kept, hidden from active lists)',
      noBody: true,
      response: okSchema,
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await load(c, c.req.valid('param').id);
      if (!row.active) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
      const city = c.get('city');
      await db.transaction().execute(async (trx) => {
        // Conditional: of two racing deactivations one changes the row, the other gets a 409 (one audit entry).
        const changed = await trx
          .updateTable('core.member')
          .set({ active: false, updated_at: clock.now() })
          .where('city_id', '=', city.id)
          .where('id', '=', row.id)
          .where('active', '=', true)
          .returning('id')
          .executeTakeFirst();
        if (!changed) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'deactivate',
          entity: 'member',
          entityId: row.id,
          before: { active: true },
          after: { active: false },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/:id/affiliations',
    describe({
      summary: 'Add an activity affiliation (community, compound, grid, region)',
      status: 201,
      response: affiliationSchema,
      ...tag,
    }),
    validate('param', idParam),
    validate('json', affiliationBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = c.get('city');
      // The activity side may be outside the admin's own subtree (a unit's member active in a community), but not another city.
      if (b.orgId) await assertInCity(db, 'core.org', city.id, b.orgId, 'orgId');
      await assertInCity(db, 'core.place', city.id, b.placeId, 'placeId');
      const created = await db.transaction().execute(async (trx) => {
        const a = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: city.id,
            member_id: row.id,
            kind: b.kind,
            org_id: b.orgId,
            place_id: b.placeId,
            since: b.since ?? clock.now().toISOString().slice(0, 10),
            note: b.note,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'affiliation',
          entityId: a.id,
          after: a,
        });
        return a;
      });
      return c.json(
        {
          id: created.id,
          kind: created.kind,
          orgId: created.org_id,
          placeId: created.place_id,
          since: created.since,
          until: created.until,
          note: created.note,
        },
        201,
      );
    },
  );

  app.post(
    '/:id/affiliations/:affiliationId/end',
    describe({ summary: 'End an affiliation on a date', response: okSchema, ...tag }),
    validate('param', affParam),
    validate('json', endBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id, affiliationId } = c.req.valid('param');
      const { row } = await load(c, id);
      const { until } = c.req.valid('json');
      const city = c.get('city');
      const before = await db
        .selectFrom('core.member_affiliation')
        .selectAll()
        .where('city_id', '=', city.id)
        .where('member_id', '=', row.id)
        .where('id', '=', affiliationId)
        .executeTakeFirst();
      if (!before) throw notFound('affiliation');
      if (before.until) throw new ApiError(409, 'conflict', { reason: 'already ended' });
      if (until < before.since)
        throw new ApiError(400, 'validation_failed', { detail: 'until < since' }, 'until');
      await db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('core.member_affiliation')
          .set({ until })
          .where('city_id', '=', city.id)
          .where('id', '=', affiliationId)
          .where('until', 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!changed) throw new ApiError(409, 'conflict', { reason: 'already ended' });
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'end',
          entity: 'affiliation',
          entityId: affiliationId,
          before,
          after: { ...before, until },
        });
      });
      return c.json({ ok: true });
    },
  );

  return app;
}
