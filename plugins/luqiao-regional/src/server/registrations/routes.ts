import {
  badRequest,
  conflict,
  describe,
  idParam,
  notFound,
  type PluginEnv,
  paging,
  recordAudit,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { REGISTRATION_VIA, type RegistrationVia } from '../../shared/model';
import {
  type C,
  type Ctx,
  id,
  isoDate,
  loadRegion,
  optText,
  type RegionRow,
  T,
  text,
  todayOf,
} from '../common';
import {
  bulkRegisteredSchema,
  idStatusSchema,
  meSchema,
  nominationSchema,
  okSchema,
  pendingSchema,
  registrationListSchema,
  registrationSchema,
  rowsSchema,
  shopSchema,
} from '../schemas';

const registerBody = z.object({ memberId: id, registeredOn: isoDate.optional() });
const bulkBody = z.object({ memberIds: z.array(id).min(1).max(500), registeredOn: isoDate.optional() });
const endBody = z.object({ endedOn: isoDate.optional(), reason: text(200) });
const shopBody = z.object({ shopName: text(80), displayedOn: isoDate.optional() });
const nominateBody = z.object({ year: z.number().int().min(2000).max(2100), note: optText(200) });
const decideBody = z.object({ awarded: z.boolean(), note: optText(200) });
const listQuery = paging.extend({
  via: z.enum(Object.keys(REGISTRATION_VIA) as [RegistrationVia, ...RegistrationVia[]]).optional(),
  shop: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(60).optional(),
});
const pendingQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });

interface Plan {
  memberId: number;
  name: string;
  via: RegistrationVia;
  unitId: number | null;
  unitHasOrg: boolean;
}

export function registrationRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['luqiao-regional: registration'] };

  /**
   * Whether a member may register in the region, and whose org looks after them there:
   * their unit's own org ("关系在企业、活动在区域"), or the service centre's org for members of units without
   * an org and for flowing members.
   */
  async function plan(
    c: C,
    region: RegionRow,
    memberIds: number[],
    field: (i: number) => string,
  ): Promise<Plan[]> {
    const cityId = c.get('city').id;
    const rows = await db
      .selectFrom('core.member as m')
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .leftJoin(`${T.regionUnit} as ru`, (j) =>
        j.onRef('ru.city_id', '=', 'm.city_id').onRef('ru.unit_id', '=', 'm.unit_id'),
      )
      .leftJoin(`${T.registration} as g`, (j) =>
        j.onRef('g.city_id', '=', 'm.city_id').onRef('g.member_id', '=', 'm.id').on('g.ended_on', 'is', null),
      )
      .leftJoin(`${T.region} as gr`, (j) =>
        j.onRef('gr.city_id', '=', 'g.city_id').onRef('gr.id', '=', 'g.region_id'),
      )
      .select([
        'm.id',
        'm.name',
        'm.active',
        'm.category',
        'm.unit_id',
        'u.org_id as unit_org_id',
        'ru.region_id as works_in',
        'g.region_id as registered_in',
        'gr.name as registered_name',
      ])
      .where('m.city_id', '=', cityId)
      .where('m.id', 'in', memberIds)
      .execute();
    return memberIds.map((mid, i) => {
      const m: any = rows.find((r: any) => r.id === mid);
      if (!m)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': `党员 ${mid} 不存在`, en: `member ${mid} does not exist` } },
          field(i),
        );
      if (!m.active)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': `${m.name} 已停用`, en: `${m.name} is inactive` } },
          field(i),
        );
      if (m.registered_in === region.id)
        throw conflict(
          { 'zh-CN': `${m.name} 已在本区域登记`, en: `${m.name} is already registered in this region` },
          field(i),
        );
      if (m.registered_in)
        throw conflict(
          {
            'zh-CN': `${m.name} 已在区域"${m.registered_name}"登记，请先注销`,
            en: `${m.name} is registered in region "${m.registered_name}"; end that first`,
          },
          field(i),
        );
      const worksHere = m.works_in === region.id;
      if (!worksHere && m.category !== 'flowing')
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': `${m.name} 不在本区域的单位工作`,
              en: `${m.name} does not work in a unit of this region`,
            },
          },
          field(i),
        );
      const unitHasOrg = worksHere && m.unit_org_id != null;
      return {
        memberId: mid,
        name: m.name,
        via: unitHasOrg ? 'unit_org' : 'centre_org',
        unitId: worksHere ? m.unit_id : null,
        unitHasOrg,
      };
    });
  }

  async function register(c: C, region: RegionRow, plans: Plan[], on: string) {
    const city = c.get('city');
    return db.transaction().execute(async (trx) => {
      const out: { id: number; memberId: number; via: RegistrationVia }[] = [];
      for (const p of plans) {
        const regionAff = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: city.id,
            member_id: p.memberId,
            kind: 'region',
            org_id: region.regional_org_id,
            place_id: null,
            since: on,
            note: region.name,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        let centreAff: { id: number } | null = null;
        if (p.via === 'centre_org')
          centreAff = await trx
            .insertInto('core.member_affiliation')
            .values({
              city_id: city.id,
              member_id: p.memberId,
              kind: 'org',
              org_id: region.centre_org_id,
              place_id: null,
              since: on,
              note: '党员服务中心党组织接纳',
            })
            .returning('id')
            .executeTakeFirstOrThrow();
        const row = await trx
          .insertInto(T.registration)
          .values({
            city_id: city.id,
            region_id: region.id,
            member_id: p.memberId,
            via: p.via,
            unit_id: p.unitId,
            registered_on: on,
            region_affiliation_id: regionAff.id,
            centre_affiliation_id: centreAff?.id ?? null,
            created_by: c.get('actor').userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        // A unit without an org is covered once the centre's org looks after its members.
        if (p.unitId && !p.unitHasOrg)
          await trx
            .updateTable(T.regionUnit)
            .set({ centre_covered_since: on })
            .where('city_id', '=', city.id)
            .where('unit_id', '=', p.unitId)
            .where('centre_covered_since', 'is', null)
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'register',
          entity: T.registration,
          entityId: row.id,
          after: { regionId: region.id, ...p, registeredOn: on },
        });
        out.push({ id: row.id, memberId: p.memberId, via: p.via });
      }
      return out;
    });
  }

  function registrationDate(c: C, given: string | undefined) {
    const today = todayOf(ctx);
    if (given && given > today)
      throw badRequest(
        'validation_failed',
        { detail: { 'zh-CN': '登记日期不能晚于今天', en: 'cannot register in the future' } },
        'registeredOn',
      );
    return given ?? today;
  }

  /** A registration the actor may act on: an admin of its region, or the member themself when `self` is allowed. */
  async function loadRegistration(c: C, regId: number, allowSelf: boolean) {
    const row: any = await db
      .selectFrom(`${T.registration} as g`)
      .innerJoin('core.member as m', (j) =>
        j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
      )
      .selectAll('g')
      .select('m.name as member_name')
      .where('g.city_id', '=', c.get('city').id)
      .where('g.id', '=', regId)
      .executeTakeFirst();
    if (!row) throw notFound({ 'zh-CN': '登记记录', en: 'Registration' });
    const access = c.get('access');
    if (access.level === 'self') {
      if (!allowSelf || access.memberId !== row.member_id)
        throw notFound({ 'zh-CN': '登记记录', en: 'Registration' });
      const region = await loadRegion(db, c, row.region_id, 'read');
      return { row, region };
    }
    const region = await loadRegion(db, c, row.region_id, 'manage');
    return { row, region };
  }

  app.get(
    '/regions/:id/registrations',
    describe({
      response: registrationListSchema,
      summary: 'Members registered in the region (current), with shops that 亮牌',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const f = c.req.valid('query');
      let q = db
        .selectFrom(`${T.registration} as g`)
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
        )
        .leftJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
        )
        .where('g.city_id', '=', c.get('city').id)
        .where('g.region_id', '=', region.id)
        .where('g.ended_on', 'is', null);
      if (f.via) q = q.where('g.via', '=', f.via);
      if (f.shop === 'true') q = q.where('g.shop_name', 'is not', null);
      if (f.shop === 'false') q = q.where('g.shop_name', 'is', null);
      if (f.q) q = q.where('m.name', 'ilike', `%${f.q}%`);
      const [rows, total] = await Promise.all([
        q
          .select([
            'g.id',
            'g.member_id as memberId',
            'm.name as memberName',
            'm.category',
            'u.name as unitName',
            'g.via',
            'g.registered_on as registeredOn',
            'g.shop_name as shopName',
            'g.shop_displayed_on as shopDisplayedOn',
            sql<
              string | null
            >`(select n.status from ${sql.table(T.nomination)} n where n.city_id = g.city_id and n.registration_id = g.id order by n.year desc limit 1)`.as(
              'nominationStatus',
            ),
          ])
          .orderBy('g.id')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({ items: rows, total: (total as any).n, page: f.page, pageSize: f.pageSize });
    },
  );

  app.get(
    '/regions/:id/pending',
    describe({
      response: pendingSchema,
      summary: 'Members working in the region’s units who have not registered yet',
      ...tag,
    }),
    validate('param', idParam),
    validate('query', pendingQuery),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const rows = await db
        .selectFrom(`${T.regionUnit} as ru`)
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'ru.city_id').onRef('m.unit_id', '=', 'ru.unit_id'),
        )
        .innerJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'ru.city_id').onRef('u.id', '=', 'ru.unit_id'),
        )
        .leftJoin(`${T.registration} as g`, (j) =>
          j
            .onRef('g.city_id', '=', 'm.city_id')
            .onRef('g.member_id', '=', 'm.id')
            .on('g.ended_on', 'is', null),
        )
        .select([
          'm.id as memberId',
          'm.name as memberName',
          'm.category',
          'u.id as unitId',
          'u.name as unitName',
          sql<boolean>`u.org_id is not null`.as('unitHasOrg'),
        ])
        .where('ru.city_id', '=', c.get('city').id)
        .where('ru.region_id', '=', region.id)
        .where('m.active', '=', true)
        .where('g.id', 'is', null)
        .orderBy('m.id')
        .limit(c.req.valid('query').limit)
        .execute();
      return c.json({
        items: rows.map((r: any) => ({ ...r, via: r.unitHasOrg ? 'unit_org' : 'centre_org' })),
      });
    },
  );

  app.post(
    '/regions/:id/registrations',
    describe({
      status: 201,
      response: registrationSchema,
      summary: 'Register a member with the region (a member may register themself)',
      ...tag,
      responses: { 409: 'already registered' },
    }),
    validate('param', idParam),
    validate('json', registerBody),
    async (c) => {
      const b = c.req.valid('json');
      const access = c.get('access');
      const self = access.level === 'self';
      if (self && access.memberId !== b.memberId)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '党员只能为自己登记', en: 'members register only themselves' } },
          'memberId',
        );
      const region = await loadRegion(db, c, c.req.valid('param').id, self ? 'read' : 'manage');
      const on = registrationDate(c, b.registeredOn);
      const plans = await plan(c, region, [b.memberId], () => 'memberId');
      const [created] = await register(c, region, plans, on);
      return c.json(created, 201);
    },
  );

  app.post(
    '/regions/:id/registrations/bulk',
    describe({
      status: 201,
      response: bulkRegisteredSchema,
      summary: 'Register several members at once (all or none)',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', bulkBody),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const b = c.req.valid('json');
      const ids = [...new Set(b.memberIds)];
      const on = registrationDate(c, b.registeredOn);
      const plans = await plan(c, region, ids, (i) => `memberIds.${i}`);
      const created = await register(c, region, plans, on);
      return c.json({ items: created, count: created.length }, 201);
    },
  );

  app.post(
    '/registrations/:id/end',
    describe({
      response: okSchema,
      summary: 'End a registration (left the region), reason recorded',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', endBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await loadRegistration(c, c.req.valid('param').id, false);
      if (row.ended_on) throw conflict({ 'zh-CN': '该登记已注销', en: 'this registration has ended' });
      const b = c.req.valid('json');
      const on = b.endedOn ?? todayOf(ctx);
      if (on < row.registered_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '注销日期早于登记日期', en: 'ends before it was registered' } },
          'endedOn',
        );
      if (on > todayOf(ctx))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '注销日期不能晚于今天', en: 'cannot end in the future' } },
          'endedOn',
        );
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.registration)
          .set({ ended_on: on, end_reason: b.reason })
          .where('city_id', '=', cityId)
          .where('id', '=', row.id)
          .execute();
        const affIds = [row.region_affiliation_id, row.centre_affiliation_id].filter(Boolean);
        if (affIds.length)
          await trx
            .updateTable('core.member_affiliation')
            .set({ until: on })
            .where('city_id', '=', cityId)
            .where('id', 'in', affIds)
            .where('until', 'is', null)
            .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'end',
          entity: T.registration,
          entityId: row.id,
          after: { endedOn: on, reason: b.reason },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/registrations/:id/shop',
    describe({
      response: shopSchema,
      summary: '亮牌: a shop-owner member shows their party identity at their shop',
      ...tag,
    }),
    validate('param', idParam),
    validate('json', shopBody),
    async (c) => {
      const { row } = await loadRegistration(c, c.req.valid('param').id, true);
      if (row.ended_on) throw conflict({ 'zh-CN': '该登记已注销', en: 'this registration has ended' });
      const b = c.req.valid('json');
      const on = b.displayedOn ?? todayOf(ctx);
      if (on < row.registered_on)
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '亮牌日期早于登记日期', en: 'shown before registering' } },
          'displayedOn',
        );
      if (on > todayOf(ctx))
        throw badRequest(
          'validation_failed',
          { detail: { 'zh-CN': '亮牌日期不能晚于今天', en: 'cannot be in the future' } },
          'displayedOn',
        );
      const cityId = c.get('city').id;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.registration)
          .set({ shop_name: b.shopName, shop_displayed_on: on })
          .where('city_id', '=', cityId)
          .where('id', '=', row.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'shop',
          entity: T.registration,
          entityId: row.id,
          before: { shopName: row.shop_name },
          after: { shopName: b.shopName, displayedOn: on },
        });
      });
      return c.json({ id: row.id, shopName: b.shopName, shopDisplayedOn: on });
    },
  );

  app.post(
    '/registrations/:id/nominations',
    describe({
      status: 201,
      response: nominationSchema,
      summary: 'Nominate a 亮牌 shop for 共产党员示范店 in a year',
      ...tag,
      responses: { 409: 'already nominated that year' },
    }),
    validate('param', idParam),
    validate('json', nominateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await loadRegistration(c, c.req.valid('param').id, false);
      if (row.ended_on) throw conflict({ 'zh-CN': '该登记已注销', en: 'this registration has ended' });
      if (!row.shop_name)
        throw badRequest(
          'validation_failed',
          {
            detail: {
              'zh-CN': '只有亮牌经营的党员店铺才能参评示范店',
              en: 'only shops that show the party badge (亮牌) can be nominated',
            },
          },
          'registrationId',
        );
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const dup = await db
        .selectFrom(T.nomination)
        .select('id')
        .where('city_id', '=', cityId)
        .where('registration_id', '=', row.id)
        .where('year', '=', b.year)
        .executeTakeFirst();
      if (dup)
        throw conflict(
          { 'zh-CN': `该店铺已参评 ${b.year} 年示范店`, en: `already nominated for ${b.year}` },
          'year',
        );
      const created = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(T.nomination)
          .values({
            city_id: cityId,
            registration_id: row.id,
            year: b.year,
            nominated_on: todayOf(ctx),
            status: 'nominated',
            note: b.note ?? null,
          })
          .returning(['id', 'year', 'status', 'nominated_on as nominatedOn'])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'nominate',
          entity: T.nomination,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(created, 201);
    },
  );

  app.post(
    '/nominations/:id/decision',
    describe({ response: idStatusSchema, summary: 'Award (or not) a 共产党员示范店 nomination', ...tag }),
    validate('param', idParam),
    validate('json', decideBody),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const nom: any = await db
        .selectFrom(T.nomination)
        .selectAll()
        .where('city_id', '=', cityId)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!nom) throw notFound({ 'zh-CN': '示范店提名', en: 'Nomination' });
      await loadRegistration(c, nom.registration_id, false);
      if (nom.status !== 'nominated')
        throw conflict({ 'zh-CN': '该提名已评定', en: 'this nomination has been decided' });
      const b = c.req.valid('json');
      const status = b.awarded ? 'awarded' : 'not_awarded';
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(T.nomination)
          .set({ status, decided_on: todayOf(ctx), note: b.note ?? nom.note })
          .where('city_id', '=', cityId)
          .where('id', '=', nom.id)
          .execute();
        await recordAudit(trx, {
          cityId,
          actorUserId: c.get('actor').userId,
          action: 'decide',
          entity: T.nomination,
          entityId: nom.id,
          before: { status: nom.status },
          after: { status },
        });
      });
      return c.json({ id: nom.id, status });
    },
  );

  app.get(
    '/regions/:id/shops',
    describe({ response: rowsSchema, summary: 'Shops that 亮牌 and their 示范店 nominations', ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const region = await loadRegion(db, c, c.req.valid('param').id, 'manage');
      const rows = await db
        .selectFrom(`${T.registration} as g`)
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'g.city_id').onRef('m.id', '=', 'g.member_id'),
        )
        .leftJoin(`${T.nomination} as n`, (j) =>
          j.onRef('n.city_id', '=', 'g.city_id').onRef('n.registration_id', '=', 'g.id'),
        )
        .select([
          'g.id as registrationId',
          'm.name as memberName',
          'g.shop_name as shopName',
          'g.shop_displayed_on as shopDisplayedOn',
          'n.id as nominationId',
          'n.year',
          'n.status',
        ])
        .where('g.city_id', '=', c.get('city').id)
        .where('g.region_id', '=', region.id)
        .where('g.ended_on', 'is', null)
        .where('g.shop_name', 'is not', null)
        .orderBy('g.id')
        .orderBy('n.year')
        .execute();
      return c.json({ items: rows });
    },
  );

  app.get(
    '/me',
    describe({
      response: meSchema,
      summary: 'The signed-in member’s own registration, shop and nominations',
      ...tag,
    }),
    async (c) => {
      const memberId = c.get('actor').memberId;
      if (!memberId) return c.json({ memberId: null, registrations: [], worksIn: null });
      const cityId = c.get('city').id;
      const regs = await db
        .selectFrom(`${T.registration} as g`)
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'g.city_id').onRef('r.id', '=', 'g.region_id'),
        )
        .select([
          'g.id',
          'g.region_id as regionId',
          'r.name as regionName',
          'g.via',
          'g.registered_on as registeredOn',
          'g.ended_on as endedOn',
          'g.shop_name as shopName',
          'g.shop_displayed_on as shopDisplayedOn',
        ])
        .where('g.city_id', '=', cityId)
        .where('g.member_id', '=', memberId)
        .orderBy('g.id', 'desc')
        .execute();
      const works = await db
        .selectFrom('core.member as m')
        .innerJoin(`${T.regionUnit} as ru`, (j) =>
          j.onRef('ru.city_id', '=', 'm.city_id').onRef('ru.unit_id', '=', 'm.unit_id'),
        )
        .innerJoin(`${T.region} as r`, (j) =>
          j.onRef('r.city_id', '=', 'ru.city_id').onRef('r.id', '=', 'ru.region_id'),
        )
        .select(['r.id', 'r.name'])
        .where('m.city_id', '=', cityId)
        .where('m.id', '=', memberId)
        .executeTakeFirst();
      return c.json({ memberId, registrations: regs, worksIn: works ?? null });
    },
  );

  return app;
}
