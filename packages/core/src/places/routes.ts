import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { assertInCity, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import { COMMUNITY_TYPES, PLACE_KINDS, type Place } from '../db/schema';
import type { AppEnv } from '../http/env';
import { notFound } from '../http/errors';
import { itemsOf, placeSchema } from '../http/schemas';
import { describe, idParam, nameText, validate } from '../http/validate';

export const placeView = (p: Place) => ({
  id: p.id,
  parentId: p.parent_id,
  kind: p.kind,
  name: p.name,
  communityType: p.community_type,
  path: p.path,
  depth: p.depth,
});

const fields = {
  kind: z.enum(PLACE_KINDS),
  name: nameText(120),
  communityType: z.enum(COMMUNITY_TYPES).nullable(),
};
const createBody = z.object({
  parentId: z.number().int().positive().nullable().default(null),
  ...fields,
  communityType: fields.communityType.default(null),
});
const updateBody = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const listQuery = z.object({
  parentId: z.coerce.number().int().positive().optional(),
  kind: z.enum(PLACE_KINDS).optional(),
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

export function placeRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['places'] };

  async function load(cityId: number, id: number) {
    const place = await db
      .selectFrom('core.place')
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!place) throw notFound('place');
    return place;
  }

  app.get(
    '/',
    describe({
      summary: 'Places (街道 → 社区 → 小区 → 楼栋, 网格): children of parentId or by kind',
      response: itemsOf(placeSchema),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { parentId, kind, q, limit } = c.req.valid('query');
      let query = db.selectFrom('core.place').selectAll().where('city_id', '=', c.get('city').id);
      if (parentId) query = query.where('parent_id', '=', parentId);
      else if (!kind && !q) query = query.where('parent_id', 'is', null);
      if (kind) query = query.where('kind', '=', kind);
      if (q) query = query.where('name', 'ilike', `%${q}%`);
      const rows = await query.orderBy('id').limit(limit).execute();
      return c.json({ items: rows.map(placeView) });
    },
  );

  app.get(
    '/:id',
    describe({
      summary: 'One place with its ancestors',
      response: placeSchema.extend({ ancestors: z.array(placeSchema) }),
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const city = c.get('city');
      const place = await load(city.id, c.req.valid('param').id);
      const ids = place.path.split('/').filter(Boolean).map(Number).slice(0, -1);
      const ancestors = ids.length
        ? await db
            .selectFrom('core.place')
            .selectAll()
            .where('city_id', '=', city.id)
            .where('id', 'in', ids)
            .orderBy('depth')
            .execute()
        : [];
      return c.json({ ...placeView(place), ancestors: ancestors.map(placeView) });
    },
  );

  app.post(
    '/',
    describe({ summary: 'Create a place', status: 201, response: placeSchema, ...tag }),
    validate('json', createBody),
    async (c) => {
      requireCityAdmin(c);
      const body = c.req.valid('json');
      const city = c.get('city');
      await assertInCity(db, 'core.place', city.id, body.parentId, 'parentId');
      const place = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.place')
          .values({
            city_id: city.id,
            parent_id: body.parentId,
            kind: body.kind,
            name: body.name,
            community_type: body.communityType,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'place',
          entityId: row.id,
          after: placeView(row),
        });
        return row;
      });
      return c.json(placeView(place), 201);
    },
  );

  app.patch(
    '/:id',
    describe({ summary: 'Edit a place', response: placeSchema, ...tag }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireCityAdmin(c);
      const city = c.get('city');
      const before = await load(city.id, c.req.valid('param').id);
      const body = c.req.valid('json');
      const after = await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('core.place')
          .set({ kind: body.kind, name: body.name, community_type: body.communityType })
          .where('city_id', '=', city.id)
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'place',
          entityId: row.id,
          before: placeView(before),
          after: placeView(row),
        });
        return row;
      });
      return c.json(placeView(after));
    },
  );

  return app;
}
