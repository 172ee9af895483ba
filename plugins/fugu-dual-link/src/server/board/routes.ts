import { describe, notFound, type PluginEnv, requireOrgLevel, todayOf, validate } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { type Ctx, cityId, ENTITY, S, TAG } from '../common';
import type { FuguDb } from '../db';
import { photoResponse } from '../registrations/routes';
import { boardListSchema, boardSchema, publicBoardListSchema, publicBoardSchema } from '../schemas';

const placeParam = z.object({ placeId: z.coerce.number().int().positive() });
const regParam = z.object({ registrationId: z.coerce.number().int().positive() });

/**
 * 在职党员监督台 of a compound or building: the members registered there who agreed to be on it, showing only
 * what each agreed to show (photo, unit, public commitment, post).
 */
export async function boardOf(db: FuguDb, city: number, placeId: number) {
  const place = await db
    .selectFrom('core.place as p')
    .leftJoin('core.place as parent', (j) =>
      j.onRef('parent.city_id', '=', 'p.city_id').onRef('parent.id', '=', 'p.parent_id'),
    )
    .select(['p.id', 'p.name', 'p.kind', 'p.path', 'parent.name as parentName'])
    .where('p.city_id', '=', city)
    .where('p.id', '=', placeId)
    .executeTakeFirst();
  if (!place || !['compound', 'building'].includes(place.kind)) throw notFound(ENTITY.board);
  const community = await db
    .selectFrom('core.place as c')
    .select(['c.id', 'c.name'])
    .where('c.city_id', '=', city)
    .where('c.kind', '=', 'community')
    .where(sql<boolean>`${place.path} like c.path || '%'`)
    .executeTakeFirst();
  const rows =
    await sql<any>`select r.id, m.name, r.on_board, r.show_photo, r.show_unit, r.show_commitment, r.show_post, r.commitment,
      coalesce(u.name, uo.name) as unit_name, p.name as post_name, p.category as post_category, pl.name as place_name,
      exists (select 1 from ${sql.table(`${S}.member_photo`)} ph where ph.city_id = r.city_id and ph.member_id = r.member_id) as has_photo
    from ${sql.table(`${S}.registration`)} r
    join core.member m on m.city_id = r.city_id and m.id = r.member_id
    join core.org uo on uo.city_id = r.city_id and uo.id = r.unit_org_id
    left join core.unit u on u.city_id = m.city_id and u.id = m.unit_id
    join core.place pl on pl.city_id = r.city_id and pl.id = r.residence_place_id
    left join ${sql.table(`${S}.post_assignment`)} a on a.city_id = r.city_id and a.registration_id = r.id and a.until is null
    left join ${sql.table(`${S}.post`)} p on p.city_id = a.city_id and p.id = a.post_id
    where r.city_id = ${city} and r.status in ('stamped', 'filed') and pl.path like ${`${place.path}%`}
    order by pl.path, m.name`.execute(db);
  const members = rows.rows
    .filter((r: any) => r.on_board)
    .map((r: any) => ({
      registrationId: r.id,
      name: r.name,
      placeName: r.place_name,
      unitName: r.show_unit ? r.unit_name : null,
      commitment: r.show_commitment ? r.commitment : null,
      postName: r.show_post ? r.post_name : null,
      postCategory: r.show_post ? r.post_category : null,
      photo: r.show_photo && r.has_photo ? `photos/${r.id}` : null,
    }));
  return {
    place: { id: place.id, name: place.name, kind: place.kind, parentName: place.parentName },
    community: community ?? null,
    members,
    registered: rows.rows.length,
  };
}

async function boardList(db: FuguDb, city: number) {
  const r =
    await sql<any>`select cp.id as "communityPlaceId", cp.name as "communityName", p.id as "placeId", p.name as "placeName", p.kind,
      count(r.id)::int as listed
    from core.place p
    join core.place cp on cp.city_id = p.city_id and cp.kind = 'community' and p.path like cp.path || '%'
    join core.place rp on rp.city_id = p.city_id and rp.path like p.path || '%'
    join ${sql.table(`${S}.registration`)} r on r.city_id = rp.city_id and r.residence_place_id = rp.id and r.status in ('stamped', 'filed') and r.on_board
    where p.city_id = ${city} and p.kind = 'compound'
    group by cp.id, cp.name, p.id, p.name, p.kind order by cp.id, p.id`.execute(db);
  return r.rows;
}

/** Read-only, no login: what a resident sees in front of the compound. */
export function publicRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  app.get(
    '/boards',
    describe({
      summary: 'Public: compounds with a supervision board and how many members are on each',
      response: publicBoardListSchema,
      ...TAG,
    }),
    async (c) => {
      return c.json({
        city: { code: c.get('city').code, name: c.get('city').name_zh },
        items: await boardList(db, cityId(c)),
      });
    },
  );
  app.get(
    '/boards/:placeId',
    describe({
      summary: 'Public: the supervision board of a compound or building (only what members agreed to show)',
      response: publicBoardSchema,
      responses: { 404: 'not a compound or building of the city' },
      ...TAG,
    }),
    validate('param', placeParam),
    async (c) => {
      const { registered: _hidden, ...board } = await boardOf(db, cityId(c), c.req.valid('param').placeId);
      return c.json({
        city: { code: c.get('city').code, name: c.get('city').name_zh },
        ...board,
        printedOn: todayOf(ctx),
      });
    },
  );
  app.get(
    '/photos/:registrationId',
    describe({
      summary: 'Public: a board member’s photo, only if they agreed to show it',
      file: ['image/jpeg', 'image/png', 'image/webp'],
      responses: { 404: 'no photo, or not agreed to show it' },
      ...TAG,
    }),
    validate('param', regParam),
    async (c) => {
      const city = cityId(c);
      const r = await db
        .selectFrom(`${S}.registration`)
        .select(['member_id', 'on_board', 'show_photo', 'status'])
        .where('city_id', '=', city)
        .where('id', '=', c.req.valid('param').registrationId)
        .executeTakeFirst();
      if (!(r?.on_board && r.show_photo && ['stamped', 'filed'].includes(r.status)))
        throw notFound(ENTITY.photo);
      return photoResponse(db, city, r.member_id);
    },
  );
  return app;
}

/** The same board inside the shell (for printing), with how many registered members chose not to be listed. */
export function boardRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  app.get(
    '/boards',
    describe({ summary: 'Compounds with a supervision board', response: boardListSchema, ...TAG }),
    async (c) => {
      requireOrgLevel(c);
      return c.json({ items: await boardList(db, cityId(c)) });
    },
  );
  app.get(
    '/boards/:placeId',
    describe({
      summary: 'A supervision board for printing',
      response: boardSchema,
      responses: { 404: 'not a compound or building of the city' },
      ...TAG,
    }),
    validate('param', placeParam),
    async (c) => {
      const board = await boardOf(db, cityId(c), c.req.valid('param').placeId);
      return c.json({
        ...board,
        notListed: board.registered - board.members.length,
        printedOn: todayOf(ctx),
      });
    },
  );
  return app;
}
