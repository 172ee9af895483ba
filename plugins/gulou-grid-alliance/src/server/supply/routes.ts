import {
  actionsFor,
  allow,
  ApiError,
  type CityAccess,
  deny,
  describe,
  enforce,
  type Permit,
  idParam,
  localizedIssue,
  notFound,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  FACILITY_KINDS,
  PROJECT_MOVES,
  PROJECT_STATUSES,
  SUPPLY_CATEGORIES,
  SUPPLY_SIDES,
  SUPPLY_STATUSES,
} from '../../shared/terms';
import {
  audit,
  type C,
  gridBranchInScope,
  id,
  invalid,
  isoDate,
  optionalText,
  prefixOf,
  queryId,
  refused,
  S,
  scopeSql,
  TAG,
  text,
  today,
  say,
} from '../util';
import { itemsOf, okSchema } from '../schemas';
import {
  createdFacilitySchema,
  facilitySchema,
  projectDetailSchema,
  projectSchema,
  publicFacilitySchema,
  supplyItemSchema,
  supplyListItemSchema,
} from './schemas';
import type { GulouDb, GulouTables } from '../db';

const itemBody = z.object({
  side: z.enum(SUPPLY_SIDES),
  gridOrgId: id.nullable().default(null),
  unitId: id.nullable().default(null),
  category: z.enum(SUPPLY_CATEGORIES),
  title: text(120, 2),
  detail: optionalText(2000),
});
const itemQuery = z.object({
  side: z.enum(SUPPLY_SIDES).optional(),
  status: z.enum(SUPPLY_STATUSES).optional(),
  category: z.enum(SUPPLY_CATEGORIES).optional(),
  owner: z.enum(['grid', 'unit']).optional(),
  orgId: queryId.optional(),
  q: z.string().trim().max(60).optional(),
});
const withdrawBody = z.object({ reason: text(500, 2) });
const projectBody = z.object({
  needId: id,
  offerId: id,
  title: text(120, 2),
  ownerName: text(40),
  content: text(4000, 2),
  startOn: isoDate,
  endOn: isoDate,
});
const projectQuery = z.object({ status: z.enum(PROJECT_STATUSES).optional(), orgId: queryId.optional() });
const statusBody = z.object({ status: z.enum(PROJECT_STATUSES) });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const facilityFields = {
  unitId: id,
  kind: z.enum(FACILITY_KINDS),
  name: text(120),
  address: optionalText(200),
  placeId: id.nullable().default(null),
  days: z
    .string()
    .refine(
      (d) => /^[01]{7}$/.test(d),
      localizedIssue(say('7 位 0/1，周一至周日', 'seven 0/1 flags, Monday first')),
    )
    .refine((d) => d !== '0000000', localizedIssue(say('至少开放一天', 'open on at least one day'))),
  opensAt: hhmm,
  closesAt: hhmm,
  capacity: z.number().int().positive().max(100_000).nullable().default(null),
  note: optionalText(500),
};
const facilityBody = z.object(facilityFields);
const facilityPatch = z
  .object({
    kind: facilityFields.kind,
    name: facilityFields.name,
    address: z.string().trim().max(200).nullable(),
    placeId: id.nullable(),
    days: facilityFields.days,
    opensAt: hhmm,
    closesAt: hhmm,
    capacity: z.number().int().positive().max(100_000).nullable(),
    note: z.string().trim().max(500).nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const facilityQuery = z.object({
  kind: z.enum(FACILITY_KINDS).optional(),
  unitId: queryId.optional(),
  placeId: queryId.optional(),
  openNow: z.enum(['true', 'false']).optional(),
});

/** Whether a facility is open at an instant, in China Standard Time. days[0] is Monday. */
export function openAt(f: { days: string; opens_at: string; closes_at: string }, at: Date) {
  const local = new Date(at.getTime() + 8 * 3_600_000);
  const dow = (local.getUTCDay() + 6) % 7;
  const hm = local.toISOString().slice(11, 16);
  return f.days[dow] === '1' && hm >= f.opens_at && hm < f.closes_at;
}

function itemView(r: Record<string, any>) {
  return {
    id: r.id,
    side: r.side,
    gridOrgId: r.grid_org_id,
    gridName: r.grid_name ?? null,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    category: r.category,
    title: r.title,
    detail: r.detail,
    status: r.status,
    listedOn: r.listed_on,
    withdrawReason: r.withdraw_reason,
  };
}
function projectView(r: Record<string, any>) {
  return {
    id: r.id,
    needId: r.need_id,
    offerId: r.offer_id,
    gridOrgId: r.grid_org_id,
    gridName: r.grid_name ?? null,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    title: r.title,
    ownerName: r.owner_name,
    content: r.content,
    startOn: r.start_on,
    endOn: r.end_on,
    status: r.status,
    startedOn: r.started_on,
    completedOn: r.completed_on,
    createdOn: r.created_on,
  };
}

/** 开放阵地: the unit's own party org side (its org in the actor's reach) or a city admin manages a facility. */
export function mayManageFacility(access: CityAccess, unitOrgPath: string | null): Permit {
  if (access.level === 'city' || (access.level === 'orgs' && unitOrgPath && pathInScope(access, unitOrgPath)))
    return allow();
  return deny(
    say(
      '仅设施所属单位的党组织或城市管理员可管理',
      'only the party org of the facility’s unit, or a city admin, manages it',
    ),
  );
}

/** Unit-side entries are managed by the unit's own party org admin (or a city admin). */
async function unitInScope(db: GulouDb, c: C, unitId: number, field: string) {
  const unit = await db
    .selectFrom('core.unit as u')
    .leftJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'))
    .select(['u.id', 'u.name', 'o.path'])
    .where('u.city_id', '=', c.get('city').id)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw invalid(field, say('没有这个单位', 'no such unit'));
  const access = c.get('access');
  if (access.level !== 'city' && !(unit.path && pathInScope(access, unit.path)))
    throw new ApiError(400, 'out_of_scope', { field }, field);
  return unit;
}

export function supplyRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  const items = (cityId: number) =>
    db
      .selectFrom(`${S}.supply_item as s`)
      .leftJoin('core.org as g', (j) =>
        j.onRef('g.city_id', '=', 's.city_id').onRef('g.id', '=', 's.grid_org_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 's.city_id').onRef('u.id', '=', 's.unit_id'),
      )
      .leftJoin('core.org as uo', (j) =>
        j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
      )
      .selectAll('s')
      .select(['g.name as grid_name', 'g.path as grid_path', 'u.name as unit_name', 'uo.path as unit_path'])
      .where('s.city_id', '=', cityId);
  const projects = (cityId: number) =>
    db
      .selectFrom(`${S}.service_project as p`)
      .innerJoin('core.org as g', (j) =>
        j.onRef('g.city_id', '=', 'p.city_id').onRef('g.id', '=', 'p.grid_org_id'),
      )
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'p.city_id').onRef('u.id', '=', 'p.unit_id'),
      )
      .leftJoin('core.org as uo', (j) =>
        j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
      )
      .selectAll('p')
      .select(['g.name as grid_name', 'g.path as grid_path', 'u.name as unit_name', 'uo.path as unit_path'])
      .where('p.city_id', '=', cityId);

  async function loadItem(c: C, itemId: number, field?: string) {
    const r = await items(c.get('city').id).where('s.id', '=', itemId).executeTakeFirst();
    if (!r)
      throw field
        ? invalid(field, say('没有这条供需', 'no such entry'))
        : notFound(say('供需条目', 'Supply or need'));
    return r;
  }
  const mayManage = (c: C, r: { grid_path: string | null; unit_path: string | null }) => {
    const access = c.get('access');
    return (
      access.level === 'city' ||
      !!(r.grid_path && pathInScope(access, r.grid_path)) ||
      !!(r.unit_path && pathInScope(access, r.unit_path))
    );
  };

  app.get(
    '/supply',
    describe({
      summary: '供需清单: needs and offers of grid branches (in scope) and units (all)',
      response: itemsOf(supplyListItemSchema),
      ...TAG,
    }),
    validate('query', itemQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const prefix = await prefixOf(db, c, f.orgId);
      let q = items(c.get('city').id).where((eb) =>
        eb.or([eb('s.unit_id', 'is not', null), scopeSql(c, 'g.path')]),
      );
      if (prefix)
        q = q.where((eb) => eb.or([eb('g.path', 'like', `${prefix}%`), eb('uo.path', 'like', `${prefix}%`)]));
      if (f.side) q = q.where('s.side', '=', f.side);
      if (f.status) q = q.where('s.status', '=', f.status);
      if (f.category) q = q.where('s.category', '=', f.category);
      if (f.owner === 'grid') q = q.where('s.grid_org_id', 'is not', null);
      if (f.owner === 'unit') q = q.where('s.unit_id', 'is not', null);
      if (f.q)
        q = q.where((eb) =>
          eb.or([
            eb('s.title', 'ilike', `%${f.q}%`),
            eb('g.name', 'ilike', `%${f.q}%`),
            eb('u.name', 'ilike', `%${f.q}%`),
          ]),
        );
      const rows = await q.orderBy('s.id', 'desc').limit(500).execute();
      return c.json({ items: rows.map((r) => ({ ...itemView(r), manageable: mayManage(c, r) })) });
    },
  );

  app.post(
    '/supply',
    describe({
      summary: 'List a need or an offer for a grid branch or a unit',
      status: 201,
      response: supplyItemSchema,
      ...TAG,
    }),
    validate('json', itemBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      if ((b.gridOrgId == null) === (b.unitId == null))
        throw invalid(
          'gridOrgId',
          say('须且只能指定网格党支部或单位之一', 'give either a grid branch or a unit'),
        );
      if (b.gridOrgId) await gridBranchInScope(db, c, b.gridOrgId, 'gridOrgId');
      if (b.unitId) await unitInScope(db, c, b.unitId, 'unitId');
      const cityId = c.get('city').id;
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.supply_item`)
          .values({
            city_id: cityId,
            side: b.side,
            grid_org_id: b.gridOrgId,
            unit_id: b.unitId,
            category: b.category,
            title: b.title,
            detail: b.detail,
            listed_on: today(ctx),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'supply_item', r.id, null, r);
        return r;
      });
      return c.json(itemView(await loadItem(c, row.id)), 201);
    },
  );

  app.post(
    '/supply/:id/withdraw',
    describe({ summary: 'Withdraw an open need or offer', response: okSchema, ...TAG }),
    validate('param', idParam),
    validate('json', withdrawBody),
    async (c) => {
      requireOrgAdmin(c);
      const r = await loadItem(c, c.req.valid('param').id);
      if (!mayManage(c, r)) throw notFound(say('供需条目', 'Supply or need'));
      if (r.status !== 'open')
        throw refused(
          r.status === 'matched'
            ? say('已对接成项目，不能撤回', 'matched into a project')
            : say('已撤回', 'already withdrawn'),
        );
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.supply_item`)
          .set({ status: 'withdrawn', withdraw_reason: c.req.valid('json').reason })
          .where('city_id', '=', r.city_id)
          .where('id', '=', r.id)
          .execute();
        await audit(trx, c, 'withdraw', 'supply_item', r.id, { status: r.status }, { status: 'withdrawn' });
      });
      return c.json({ ok: true });
    },
  );

  app.get(
    '/projects',
    describe({
      summary: '服务项目书: service projects from matched needs and offers',
      response: itemsOf(projectSchema),
      ...TAG,
    }),
    validate('query', projectQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const prefix = await prefixOf(db, c, f.orgId);
      let q = projects(c.get('city').id).where((eb) =>
        eb.or([scopeSql(c, 'g.path'), scopeSql(c, 'uo.path')]),
      );
      if (prefix)
        q = q.where((eb) => eb.or([eb('g.path', 'like', `${prefix}%`), eb('uo.path', 'like', `${prefix}%`)]));
      if (f.status) q = q.where('p.status', '=', f.status);
      const rows = await q.orderBy('p.id', 'desc').limit(500).execute();
      return c.json({ items: rows.map(projectView) });
    },
  );

  async function loadProject(c: C, projectId: number) {
    const r = await projects(c.get('city').id).where('p.id', '=', projectId).executeTakeFirst();
    if (!r || !mayManage(c, r)) throw notFound(say('服务项目', 'Service project'));
    return r;
  }

  app.get(
    '/projects/:id',
    describe({
      summary: 'One service project with the need and offer it matched',
      response: projectDetailSchema,
      responses: { 404: 'unknown project' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      const [need, offer] = await Promise.all([loadItem(c, p.need_id), loadItem(c, p.offer_id)]);
      return c.json({ ...projectView(p), need: itemView(need), offer: itemView(offer) });
    },
  );

  app.post(
    '/projects',
    describe({
      summary: 'Match a need with an offer into a service project (服务项目书)',
      status: 201,
      response: projectSchema,
      ...TAG,
      responses: { 409: 'need or offer no longer open' },
    }),
    validate('json', projectBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      const need = await loadItem(c, b.needId, 'needId');
      const offer = await loadItem(c, b.offerId, 'offerId');
      if (need.side !== 'need')
        throw invalid('needId', say('这是一条供给，不是需求', 'that entry is an offer'));
      if (offer.side !== 'offer')
        throw invalid('offerId', say('这是一条需求，不是供给', 'that entry is a need'));
      if ((need.grid_org_id == null) === (offer.grid_org_id == null))
        throw invalid(
          'offerId',
          say('供需须在网格党支部与驻区单位之间对接', 'a match pairs a grid branch with a unit'),
        );
      if (need.status !== 'open')
        throw refused(say('需求已对接或撤回', 'the need is no longer open'), 'needId');
      if (offer.status !== 'open')
        throw refused(say('供给已对接或撤回', 'the offer is no longer open'), 'offerId');
      const gridSide = need.grid_org_id ? need : offer;
      const unitSide = need.grid_org_id ? offer : need;
      await gridBranchInScope(db, c, gridSide.grid_org_id!, gridSide === need ? 'needId' : 'offerId');
      if (b.endOn < b.startOn) throw invalid('endOn', say('结束日期早于开始日期', 'ends before it starts'));
      const cityId = c.get('city').id;
      const row = await db.transaction().execute(async (trx) => {
        const taken = await trx
          .updateTable(`${S}.supply_item`)
          .set({ status: 'matched' })
          .where('city_id', '=', cityId)
          .where('id', 'in', [need.id, offer.id])
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) !== 2) throw refused(say('需求或供给已被对接', 'matched meanwhile'));
        const p = await trx
          .insertInto(`${S}.service_project`)
          .values({
            city_id: cityId,
            need_id: need.id,
            offer_id: offer.id,
            grid_org_id: gridSide.grid_org_id!,
            unit_id: unitSide.unit_id!,
            title: b.title,
            owner_name: b.ownerName,
            content: b.content,
            start_on: b.startOn,
            end_on: b.endOn,
            status: 'planned',
            created_on: today(ctx),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'match', 'service_project', p.id, null, p);
        return p;
      });
      return c.json(projectView(await loadProject(c, row.id)), 201);
    },
  );

  app.post(
    '/projects/:id/status',
    describe({
      summary: 'Move a project: planned → in progress → completed, or cancel (the need and offer reopen)',
      response: projectSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', statusBody),
    async (c) => {
      requireOrgAdmin(c);
      const p = await loadProject(c, c.req.valid('param').id);
      const to = c.req.valid('json').status;
      if (!PROJECT_MOVES[p.status as keyof typeof PROJECT_MOVES].includes(to))
        throw refused(
          say(`不能从 ${p.status} 变为 ${to}`, `cannot move from ${p.status} to ${to}`),
          'status',
        );
      const day = today(ctx);
      const set: Record<string, unknown> = { status: to };
      if (to === 'in_progress') set.started_on = day;
      if (to === 'completed') set.completed_on = day;
      await db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable(`${S}.service_project`)
          .set(set)
          .where('city_id', '=', p.city_id)
          .where('id', '=', p.id)
          .where('status', '=', p.status)
          .executeTakeFirst();
        if (!Number(moved.numUpdatedRows)) throw refused(say('项目已被他人更新', 'changed meanwhile'));
        if (to === 'cancelled')
          await trx
            .updateTable(`${S}.supply_item`)
            .set({ status: 'open' })
            .where('city_id', '=', p.city_id)
            .where('id', 'in', [p.need_id, p.offer_id])
            .execute();
        await audit(trx, c, 'status', 'service_project', p.id, { status: p.status }, set);
      });
      return c.json(projectView(await loadProject(c, p.id)));
    },
  );

  app.get(
    '/facilities',
    describe({
      summary: 'Shared-resource catalogue: unit facilities open to the public, with opening hours',
      response: itemsOf(facilitySchema),
      ...TAG,
    }),
    validate('query', facilityQuery),
    async (c) => {
      const access = c.get('access');
      const items = await facilityList(c.get('city').id, c.req.valid('query'));
      return c.json({
        items: items.map(({ unitOrgPath, ...f }) => ({
          ...f,
          actions: actionsFor({ manage: mayManageFacility(access, unitOrgPath) }, c.get('locale')),
        })),
      });
    },
  );

  async function facilityList(cityId: number, f: z.infer<typeof facilityQuery>, activeOnly = false) {
    let q = db
      .selectFrom(`${S}.facility as f`)
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'f.city_id').onRef('u.id', '=', 'f.unit_id'),
      )
      .leftJoin('core.place as p', (j) =>
        j.onRef('p.city_id', '=', 'f.city_id').onRef('p.id', '=', 'f.place_id'),
      )
      .leftJoin('core.org as uo', (j) =>
        j.onRef('uo.city_id', '=', 'u.city_id').onRef('uo.id', '=', 'u.org_id'),
      )
      .selectAll('f')
      .select([
        'u.name as unit_name',
        'p.name as place_name',
        'p.path as place_path',
        'uo.path as unit_org_path',
      ])
      .where('f.city_id', '=', cityId);
    if (activeOnly) q = q.where('f.active', '=', true);
    if (f.kind) q = q.where('f.kind', '=', f.kind);
    if (f.unitId) q = q.where('f.unit_id', '=', f.unitId);
    if (f.placeId) {
      const place = await db
        .selectFrom('core.place')
        .select('path')
        .where('city_id', '=', cityId)
        .where('id', '=', f.placeId)
        .executeTakeFirst();
      q = q.where('p.path', 'like', `${place?.path ?? '/none/'}%`);
    }
    const now = ctx.clock.now();
    const rows = (await q.orderBy('f.kind').orderBy('f.id').limit(1000).execute()).map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      kind: r.kind,
      name: r.name,
      address: r.address,
      placeId: r.place_id,
      placeName: r.place_name,
      days: r.days,
      opensAt: r.opens_at,
      closesAt: r.closes_at,
      capacity: r.capacity,
      note: r.note,
      active: r.active,
      openNow: r.active && openAt({ days: r.days, opens_at: r.opens_at, closes_at: r.closes_at }, now),
      unitOrgPath: r.unit_org_path as string | null,
    }));
    return f.openNow ? rows.filter((r) => r.openNow === (f.openNow === 'true')) : rows;
  }

  app.post(
    '/facilities',
    describe({
      summary: 'Open a unit facility to the public (parking, sports ground, toilets…)',
      status: 201,
      response: createdFacilitySchema,
      ...TAG,
    }),
    validate('json', facilityBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await unitInScope(db, c, b.unitId, 'unitId');
      const cityId = c.get('city').id;
      if (b.closesAt <= b.opensAt)
        throw invalid('closesAt', say('关闭时间须晚于开放时间', 'closes before it opens'));
      if (b.placeId) {
        const place = await db
          .selectFrom('core.place')
          .select('id')
          .where('city_id', '=', cityId)
          .where('id', '=', b.placeId)
          .executeTakeFirst();
        if (!place) throw invalid('placeId', say('没有这个地点', 'no such place'));
      }
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.facility`)
          .values({
            city_id: cityId,
            unit_id: b.unitId,
            kind: b.kind,
            name: b.name,
            address: b.address,
            place_id: b.placeId,
            days: b.days,
            opens_at: b.opensAt,
            closes_at: b.closesAt,
            capacity: b.capacity,
            note: b.note,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'facility', r.id, null, r);
        return r;
      });
      return c.json(
        {
          id: row.id,
          name: row.name,
          kind: row.kind,
          days: row.days,
          opensAt: row.opens_at,
          closesAt: row.closes_at,
        },
        201,
      );
    },
  );

  app.patch(
    '/facilities/:id',
    describe({ summary: 'Change a facility’s hours or details, or withdraw it', response: okSchema, ...TAG }),
    validate('param', idParam),
    validate('json', facilityPatch),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const before = await db
        .selectFrom(`${S}.facility`)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!before) throw notFound(say('阵地', 'Facility'));
      const unitOrg = await db
        .selectFrom('core.unit as u')
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'),
        )
        .select('o.path')
        .where('u.city_id', '=', cityId)
        .where('u.id', '=', before.unit_id)
        .executeTakeFirst();
      enforce(mayManageFacility(c.get('access'), unitOrg?.path ?? null));
      const b = c.req.valid('json');
      if (b.placeId) {
        const place = await db
          .selectFrom('core.place')
          .select('id')
          .where('city_id', '=', cityId)
          .where('id', '=', b.placeId)
          .executeTakeFirst();
        if (!place) throw invalid('placeId', say('没有这个地点', 'no such place'));
      }
      const opens = b.opensAt ?? before.opens_at;
      const closes = b.closesAt ?? before.closes_at;
      if (closes <= opens) throw invalid('closesAt', say('关闭时间须晚于开放时间', 'closes before it opens'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.facility`)
          .set({
            kind: b.kind,
            name: b.name,
            address: b.address,
            place_id: b.placeId,
            days: b.days,
            opens_at: b.opensAt,
            closes_at: b.closesAt,
            capacity: b.capacity,
            note: b.note,
            active: b.active,
          })
          .where('city_id', '=', cityId)
          .where('id', '=', before.id)
          .execute();
        await audit(trx, c, 'update', 'facility', before.id, before, b);
      });
      return c.json({ ok: true });
    },
  );

  return { app, facilityList };
}

/** The public, read-only catalogue (no login): active facilities only. */
export function publicSupplyRoutes(ctx: PluginContext<Config, GulouTables>) {
  const app = new Hono<PluginEnv<Config>>();
  const { facilityList } = supplyRoutes(ctx);
  app.get(
    '/facilities',
    describe({
      summary: 'Public catalogue of unit facilities open to residents',
      response: itemsOf(publicFacilitySchema),
      ...TAG,
    }),
    validate('query', facilityQuery),
    async (c) => {
      const items = await facilityList(c.get('city').id, c.req.valid('query'), true);
      return c.json({ items: items.map(({ note: _n, active: _a, unitOrgPath: _p, ...f }) => f) });
    },
  );
  return app;
}
