import { Hono } from 'hono';
import { z } from 'zod';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { describe, idParam, validate } from '../http/validate';
import { inbox, readAll, readOne } from '.';
import { PAGE_LIMIT } from './rules';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });
const notificationSchema = z.looseObject({
  id: z.number().int(),
  pluginId: z.string(),
  kind: z.string(),
  title: localized,
  body: localized.nullable(),
  href: z.string().nullable(),
  createdAt: z.string().meta({ format: 'date-time' }),
  readAt: z.string().meta({ format: 'date-time' }).nullable(),
});
const unread = z
  .number()
  .int()
  .meta({ description: 'how many of the person’s notices in this city are unread' });

const listQuery = z.object({
  unread: z.enum(['1', '0', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT.max).default(PAGE_LIMIT.default),
  before: z.coerce.number().int().positive().optional(),
});

/** The actor's own notices in the city, under /api/cities/:city/notifications. */
export function notificationRoutes(deps: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['notifications'] };
  app.get(
    '/',
    describe({
      summary: 'My notices in this city, newest first (unread=1 for the unread only), with the unread count',
      response: z.looseObject({
        items: z.array(notificationSchema),
        unread,
        nextBefore: z.number().int().nullable(),
      }),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      const q = c.req.valid('query');
      const only = q.unread === '1' || q.unread === 'true';
      return c.json(
        await inbox(deps.db, c.get('city').id, c.get('actor').userId, {
          unread: only,
          limit: q.limit,
          before: q.before,
        }),
      );
    },
  );
  app.post(
    '/read-all',
    describe({
      summary: 'Mark all my notices in this city read',
      noBody: true,
      response: z.object({ updated: z.number().int(), unread }),
      ...tag,
    }),
    async (c) => c.json(await readAll(deps, c.get('city').id, c.get('actor').userId)),
  );
  app.post(
    '/:id/read',
    describe({
      summary: 'Mark one of my notices read (another person’s is a 404)',
      noBody: true,
      response: notificationSchema.extend({ unread }),
      responses: { 404: 'no such notice of yours in this city' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) =>
      c.json(await readOne(deps, c.get('city').id, c.get('actor').userId, c.req.valid('param').id)),
  );
  return app;
}
