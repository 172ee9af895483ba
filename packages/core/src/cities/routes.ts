import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { cityAccess, isPlatformAdmin } from '../auth/actor';
import { recordAudit } from '../audit';
import type { CoreDeps } from '../deps';
import { CITY_CODE, requireCityAdmin } from './scope';
import { setupSteps } from './setup';
import type { City } from '../db/schema';
import type { AppEnv } from '../http/env';
import { ApiError, forbidden, notFound } from '../http/errors';
import { describe, nameText, validate } from '../http/validate';
import { cityDetailSchema, citySchema, itemsOf, orgSchema } from '../http/schemas';
import { createRootOrg, orgView } from '../orgs/service';

export const cityView = (c: City) => ({
  id: c.id,
  code: c.code,
  nameZh: c.name_zh,
  nameEn: c.name_en,
  level: c.level,
  province: c.province,
});

const createBody = z.object({
  code: z.string().regex(CITY_CODE, 'lower-case code, e.g. longyan'),
  nameZh: nameText(60),
  nameEn: nameText(60),
  level: z.enum(['city', 'district', 'county']),
  province: z.string().trim().max(60).nullable().default(null),
  /** The top committee's name; by default 中共 + the city's name + 委 (中共龙岩市委). */
  rootOrgName: z.string().trim().min(1).max(120).optional(),
});
const listQuery = z.object({ archived: z.enum(['true', 'false']).optional() });
const codeParam = z.object({ code: z.string().min(1).max(40) });

/** /api/cities: the list is filtered to what the actor may see. */
export function cityListRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    describe({
      summary: 'Cities the actor may see; archived=true: the archived ones (platform admin)',
      response: itemsOf(
        citySchema.extend({
          archivedAt: z.string().meta({ format: 'date-time', description: 'with archived=true' }).optional(),
        }),
      ),
      tags: ['cities'],
    }),
    validate('query', listQuery),
    async (c) => {
      const actor = c.get('actor');
      const archived = c.req.valid('query').archived === 'true';
      if (archived && !isPlatformAdmin(actor)) throw forbidden();
      const rows = await db
        .selectFrom('core.city')
        .selectAll()
        .where('active', '=', !archived)
        .orderBy('id')
        .execute();
      return c.json({
        items: rows
          .filter((r) => cityAccess(actor, r.id))
          .map((r) => ({ ...cityView(r), ...(archived ? { archivedAt: r.archived_at } : {}) })),
      });
    },
  );
  app.post(
    '/',
    describe({
      summary: 'Create a city with its top committee (platform admin)',
      status: 201,
      response: citySchema.extend({ rootOrg: orgSchema }),
      responses: { 409: 'the code is taken' },
      tags: ['cities'],
    }),
    validate('json', createBody),
    async (c) => {
      const actor = c.get('actor');
      if (!isPlatformAdmin(actor)) throw forbidden();
      const b = c.req.valid('json');
      const city = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('core.city')
          .values({
            code: b.code,
            name_zh: b.nameZh,
            name_en: b.nameEn,
            level: b.level,
            province: b.province,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: row.id,
          actorUserId: actor.userId,
          action: 'create',
          entity: 'city',
          entityId: row.id,
          after: cityView(row),
        });
        // The city and its 市委 / 区委 / 县委 are one step: no city is ever left without its root.
        const root = await createRootOrg(trx, row, actor.userId, b.rootOrgName);
        return { row, root };
      });
      return c.json({ ...cityView(city.row), rootOrg: orgView(city.root) }, 201);
    },
  );

  // Archive and restore sit beside the list, ahead of the :city scope (which hides archived cities), so the
  // platform admin reaches an archived city here and only here.
  const setArchived = (archive: boolean) => async (c: any) => {
    const actor = c.get('actor');
    if (!isPlatformAdmin(actor)) throw forbidden();
    const { code } = c.req.valid('param') as { code: string };
    const updated = await db.transaction().execute(async (trx) => {
      const city = await trx
        .selectFrom('core.city')
        .selectAll()
        .where('code', '=', code)
        .forUpdate()
        .executeTakeFirst();
      if (!city) throw notFound('city');
      if (city.active !== archive)
        throw new ApiError(409, archive ? 'city_already_archived' : 'city_not_archived', {
          name: city.name_zh,
        });
      const row = await trx
        .updateTable('core.city')
        .set({ active: !archive, archived_at: archive ? new Date() : null })
        .where('id', '=', city.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        cityId: city.id,
        actorUserId: actor.userId,
        action: archive ? 'archive' : 'restore',
        entity: 'city',
        entityId: city.id,
        before: { active: city.active, archivedAt: city.archived_at },
        after: { active: row.active, archivedAt: row.archived_at },
      });
      return row;
    });
    return c.json({ ...cityView(updated), archivedAt: updated.archived_at });
  };
  app.post(
    '/:code/archive',
    describe({
      summary: 'Archive a city (platform admin): hidden from lists and comparison, its data kept',
      tags: ['cities'],
      noBody: true,
      response: citySchema.extend({ archivedAt: z.string().nullable() }),
      responses: { 409: 'already archived' },
    }),
    validate('param', codeParam),
    setArchived(true),
  );
  app.post(
    '/:code/restore',
    describe({
      summary: 'Restore an archived city (platform admin)',
      tags: ['cities'],
      noBody: true,
      response: citySchema.extend({ archivedAt: z.string().nullable() }),
      responses: { 409: 'not archived' },
    }),
    validate('param', codeParam),
    setArchived(false),
  );
  return app;
}

/** /api/cities/:city: one city with headline counts in the actor's scope. */
export function cityDetailRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    describe({ summary: 'One city and its totals', response: cityDetailSchema, tags: ['cities'] }),
    async (c) => {
      const city = c.get('city');
      const count = async (table: 'core.org' | 'core.member' | 'core.place' | 'core.unit') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('city_id', '=', city.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const showTotals = c.get('access').level !== 'self';
      return c.json({
        ...cityView(city),
        access: c.get('access').level,
        totals: showTotals
          ? {
              orgs: await count('core.org'),
              members: await count('core.member'),
              places: await count('core.place'),
              units: await count('core.unit'),
            }
          : null,
      });
    },
  );
  app.get(
    '/setup',
    describe({
      summary: 'The new-city setup checklist, computed from the city’s data (city admins)',
      response: z.object({
        steps: z.array(
          z.looseObject({
            key: z.string(),
            done: z.boolean(),
            count: z.number(),
            page: z.string(),
            template: z.string().nullable(),
          }),
        ),
        complete: z.boolean(),
        next: z.string().nullable(),
      }),
      tags: ['cities'],
    }),
    async (c) => {
      requireCityAdmin(c);
      const cityId = c.get('city').id;
      const f = (
        await sql<Record<string, number>>`select
          exists (select 1 from core.org where city_id = ${cityId} and parent_id is null) as has_root,
          (select count(*) from core.org where city_id = ${cityId})::int as orgs,
          (select count(*) from core.place where city_id = ${cityId})::int as places,
          (select count(*) from core.unit where city_id = ${cityId})::int as units,
          (select count(*) from core.member where city_id = ${cityId} and active)::int as members,
          (select count(*) from core.city_plugin where city_id = ${cityId} and enabled)::int as models,
          (select count(distinct g.user_id) from core.role_grant g join core.app_user u on u.id = g.user_id
            where g.city_id = ${cityId} and g.role = 'city_admin' and u.active)::int as admins`.execute(db)
      ).rows[0]!;
      return c.json(
        setupSteps({
          hasRoot: Boolean(f.has_root),
          orgs: f.orgs!,
          places: f.places!,
          units: f.units!,
          members: f.members!,
          enabledModels: f.models!,
          cityAdmins: f.admins!,
        }),
      );
    },
  );
  return app;
}
