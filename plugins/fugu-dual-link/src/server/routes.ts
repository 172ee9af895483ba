import {
  ApiError,
  describe,
  orgInScope,
  orgPathFilter,
  type PluginContext,
  type PluginEnv,
  recordAudit,
  requireOrgAdmin,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../manifest';

const noteBody = z.object({ orgId: z.number().int().positive(), title: z.string().trim().min(1).max(200) });

export function routes(ctx: PluginContext<Config>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv>();

  app.get('/notes', describe({ summary: 'Notes in the actor’s org subtree', tags: ['fugu-dual-link'] }), async (c) => {
    requireOrgAdmin(c);
    const rows = await db
      .selectFrom('p_fugu_dual_link.note as n')
      .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'n.city_id').onRef('o.id', '=', 'n.org_id'))
      .select(['n.id', 'n.org_id as orgId', 'o.name as orgName', 'n.title', 'n.created_at as createdAt'])
      .where('n.city_id', '=', c.get('city').id)
      .where(orgPathFilter(c.get('access'), 'o.path'))
      .orderBy('n.id', 'desc')
      .limit(200)
      .execute();
    return c.json({ items: rows });
  });

  app.post('/notes', describe({ summary: 'Add a note to an org', tags: ['fugu-dual-link'] }), validate('json', noteBody), async (c) => {
    requireOrgAdmin(c);
    const body = c.req.valid('json');
    const city = c.get('city');
    await orgInScope(db, c, body.orgId, 'orgId');
    const config = c.get('pluginConfig') as Config;
    if (body.title.length < config.minNoteLength)
      throw new ApiError(400, 'validation_failed', { detail: `title < ${config.minNoteLength}` }, 'title');
    const note = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('p_fugu_dual_link.note')
        .values({ city_id: city.id, org_id: body.orgId, title: body.title, created_by: c.get('actor').userId })
        .returning(['id', 'org_id as orgId', 'title'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, { cityId: city.id, actorUserId: c.get('actor').userId, action: 'create', entity: 'p_fugu_dual_link.note', entityId: row.id, after: row });
      return row;
    });
    return c.json(note, 201);
  });

  return app;
}
