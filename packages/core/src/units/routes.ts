import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { orgInScope, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import { UNIT_KINDS, UNIT_LEVELS, type Unit } from '../db/schema';
import type { AppEnv } from '../http/env';
import { notFound } from '../http/errors';
import { closed, pageOf, unitSchema } from '../http/schemas';
import { describe, idParam, nameText, paging, validate } from '../http/validate';

export const unitView = (u: Unit) => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  level: u.level,
  orgId: u.org_id,
  address: u.address,
});

const fields = {
  name: nameText(120),
  kind: z.enum(UNIT_KINDS),
  level: z.enum(UNIT_LEVELS),
  orgId: z.number().int().positive().nullable(),
  address: z.string().trim().max(200).nullable(),
};
/** A unit as answered: its kind and level are always one of core's. */
const unitAnswer = unitSchema.extend({ kind: fields.kind, level: fields.level });
const createBody = z.object({
  ...fields,
  orgId: fields.orgId.default(null),
  address: fields.address.default(null),
});
const updateBody = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const listQuery = paging.extend({
  q: z.string().trim().max(60).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
});

export function unitRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['units'] };

  async function load(cityId: number, id: number) {
    const unit = await db
      .selectFrom('core.unit')
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!unit) throw notFound('unit');
    return unit;
  }

  app.get(
    '/',
    describe({
      summary: 'Units (机关, 事业单位, 企业, 两新组织), paged',
      response: pageOf(closed(unitAnswer)),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { q, kind, page, pageSize } = c.req.valid('query');
      let query = db.selectFrom('core.unit').where('city_id', '=', c.get('city').id);
      if (q) query = query.where('name', 'ilike', `%${q}%`);
      if (kind) query = query.where('kind', '=', kind);
      const [rows, total] = await Promise.all([
        query
          .selectAll()
          .orderBy('id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({ items: rows.map(unitView), total: Number(total.n), page, pageSize });
    },
  );

  app.get(
    '/:id',
    describe({ summary: 'One unit', response: unitAnswer, ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      return c.json(unitView(await load(c.get('city').id, c.req.valid('param').id)));
    },
  );

  app.post(
    '/',
    describe({ summary: 'Create a unit', status: 201, response: unitAnswer, ...tag }),
    validate('json', createBody),
    async (c) => {
      requireCityAdmin(c);
      const body = c.req.valid('json');
      const city = c.get('city');
      if (body.orgId) await orgInScope(db, c, body.orgId, 'orgId');
      const unit = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.unit')
          .values({
            city_id: city.id,
            name: body.name,
            kind: body.kind,
            level: body.level,
            org_id: body.orgId,
            address: body.address,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'unit',
          entityId: row.id,
          after: unitView(row),
        });
        return row;
      });
      return c.json(unitView(unit), 201);
    },
  );

  app.patch(
    '/:id',
    describe({ summary: 'Edit a unit', response: unitAnswer, ...tag }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireCityAdmin(c);
      const city = c.get('city');
      const before = await load(city.id, c.req.valid('param').id);
      const body = c.req.valid('json');
      if (body.orgId) await orgInScope(db, c, body.orgId, 'orgId');
      const after = await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('core.unit')
          .set({
            name: body.name,
            kind: body.kind,
            level: body.level,
            org_id: body.orgId,
            address: body.address,
          })
          .where('city_id', '=', city.id)
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'unit',
          entityId: row.id,
          before: unitView(before),
          after: unitView(row),
        });
        return row;
      });
      return c.json(unitView(after));
    },
  );

  return app;
}
