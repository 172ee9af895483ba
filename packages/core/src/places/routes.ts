import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { assertInCity, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import { PLACE_KINDS, type Place } from '../db/schema';
import type { AppEnv } from '../http/env';
import { notFound } from '../http/errors';
import { itemsOf, placeSchema } from '../http/schemas';
import { describe, idParam, nameText, validate } from '../http/validate';
import {
  type AttributeValues,
  cityAttributes,
  checkAttributes,
  readAttributes,
  writeAttributes,
} from './attributes';

export const placeView = (p: Place, attributes: AttributeValues = {}) => ({
  id: p.id,
  parentId: p.parent_id,
  kind: p.kind,
  name: p.name,
  attributes,
  path: p.path,
  depth: p.depth,
});

const fields = {
  kind: z.enum(PLACE_KINDS),
  name: nameText(120),
  /** Place attributes of the city's enabled models by key; null clears one. Checked against their manifests. */
  attributes: z.record(z.string().max(60), z.string().max(60).nullable()),
};
const createBody = z.object({
  parentId: z.number().int().positive().nullable().default(null),
  ...fields,
  attributes: fields.attributes.default({}),
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

export function placeRoutes(deps: CoreDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();
  const tag = { tags: ['places'] };

  /** The views of these places with the attributes of the city's enabled models. */
  async function views(cityId: number, places: Place[]) {
    const keys = (await cityAttributes(deps, cityId)).map((a) => a.key);
    const attrs = await readAttributes(
      db,
      cityId,
      places.map((p) => p.id),
      keys,
    );
    return places.map((p) => placeView(p, attrs.get(p.id)));
  }

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
      return c.json({ items: await views(c.get('city').id, rows) });
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
      const [one, ...rest] = await views(city.id, [place, ...ancestors]);
      return c.json({ ...one!, ancestors: rest });
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
      checkAttributes(await cityAttributes(deps, city.id), body.kind, body.attributes);
      const place = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.place')
          .values({
            city_id: city.id,
            parent_id: body.parentId,
            kind: body.kind,
            name: body.name,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeAttributes(trx, city.id, row.id, body.attributes);
        const attributes = dropNulls(body.attributes);
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'place',
          entityId: row.id,
          after: placeView(row, attributes),
        });
        return placeView(row, attributes);
      });
      return c.json(place, 201);
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
      const { attributes: given, ...body } = c.req.valid('json');
      const declared = await cityAttributes(deps, city.id);
      if (given) checkAttributes(declared, body.kind ?? before.kind, given);
      const [beforeView] = await views(city.id, [before]);
      const after = await db.transaction().execute(async (trx) => {
        const row = Object.keys(body).length
          ? await trx
              .updateTable('core.place')
              .set(body)
              .where('city_id', '=', city.id)
              .where('id', '=', before.id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : before;
        if (given) await writeAttributes(trx, city.id, row.id, given);
        const attributes = dropNulls({ ...beforeView!.attributes, ...given });
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'place',
          entityId: row.id,
          before: beforeView,
          after: placeView(row, attributes),
        });
        return placeView(row, attributes);
      });
      return c.json(after);
    },
  );

  return app;
}

const dropNulls = (values: Record<string, string | null>): AttributeValues =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== null));
