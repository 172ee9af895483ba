import { Hono } from 'hono';
import { z } from 'zod';
import { cityAccess, isPlatformAdmin } from '../auth/actor';
import { recordAudit } from '../audit';
import type { CoreDeps } from '../deps';
import type { City } from '../db/schema';
import type { AppEnv } from '../http/env';
import { forbidden } from '../http/errors';
import { describe, nameText, validate } from '../http/validate';

export const cityView = (c: City) => ({
  id: c.id,
  code: c.code,
  nameZh: c.name_zh,
  nameEn: c.name_en,
  level: c.level,
  province: c.province,
});

const createBody = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'lower-case code, e.g. longyan'),
  nameZh: nameText(60),
  nameEn: nameText(60),
  level: z.enum(['city', 'district', 'county']),
  province: z.string().trim().max(60).nullable().default(null),
});

/** /api/cities: the list is filtered to what the actor may see. */
export function cityListRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', describe({ summary: 'Cities the actor may see', tags: ['cities'] }), async (c) => {
    const actor = c.get('actor');
    const rows = await db
      .selectFrom('core.city')
      .selectAll()
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    return c.json({ items: rows.filter((r) => cityAccess(actor, r.id)).map(cityView) });
  });
  app.post(
    '/',
    describe({ summary: 'Create a city (platform admin)', tags: ['cities'] }),
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
        return row;
      });
      return c.json(cityView(city), 201);
    },
  );
  return app;
}

/** /api/cities/:city: one city with headline counts in the actor's scope. */
export function cityDetailRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', describe({ summary: 'One city and its totals', tags: ['cities'] }), async (c) => {
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
  });
  return app;
}
