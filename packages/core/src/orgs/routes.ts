import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { orgPathFilter } from '../auth/actor';
import { recordAudit } from '../audit';
import { assertInCity, orgInScope, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError, forbidden } from '../http/errors';
import { closed, itemsOf, orgSchema } from '../http/schemas';
import { isInSubtree, ROOT_ORG_KIND } from './rules';
import { createRootOrg, dissolveOrg, orgView } from './service';
import { describe, idParam, nameText, validate } from '../http/validate';

export { orgView };

const kind = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'snake_case kind')
  .max(60);
const createBody = z.object({
  /** null: the city's top committee (市委 / 区委 / 县委), when it has none yet (city admins). */
  parentId: z.number().int().positive().nullable(),
  kind,
  name: nameText(120),
  placeId: z.number().int().positive().nullable().optional(),
});
const updateBody = z
  .object({
    kind,
    name: nameText(120),
    placeId: z.number().int().positive().nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const listQuery = z.object({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(60).optional(),
  kind: kind.optional(),
});
const subtreeQuery = z.object({ maxDepth: z.coerce.number().int().min(0).max(20).default(3) });
const moveBody = z.object({ parentId: z.number().int().positive() });
/** An org with how many direct children and members (its whole subtree) it has. */
const countedOrgSchema = orgSchema.extend({ childCount: z.number().int(), memberCount: z.number().int() });
const dissolveQuery = z.object({ moveMembersTo: z.coerce.number().int().positive().optional() });

export function orgRoutes({ db }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['orgs'] };

  /** Children of a node, or the actor's roots, each with how many members its subtree holds. */
  app.get(
    '/',
    describe({
      summary: 'Org nodes: children of parentId, or the roots visible to the actor',
      response: z.object({ items: z.array(closed(countedOrgSchema)) }),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const { parentId, q, kind } = c.req.valid('query');
      const city = c.get('city');
      const access = c.get('access');
      let query = db
        .selectFrom('core.org as o')
        .selectAll('o')
        .where('o.city_id', '=', city.id)
        .where(orgPathFilter(access, 'o.path'));
      if (q || kind) {
        if (q) query = query.where('o.name', 'ilike', `%${q}%`);
        if (kind) query = query.where('o.kind', '=', kind);
        if (parentId) query = query.where('o.parent_id', '=', parentId);
      } else if (parentId) {
        await orgInScope(db, c, parentId);
        query = query.where('o.parent_id', '=', parentId);
      } else if (access.level === 'city') {
        query = query.where('o.parent_id', 'is', null);
      } else {
        // An org admin's roots are the orgs granted to them (the filter above already limits to their subtrees).
        query = query.where((eb) =>
          eb.or((access as { paths: string[] }).paths.map((p) => eb('o.path', '=', p))),
        );
      }
      const orgs = await query.orderBy('o.id').limit(500).execute();
      const counts = await subtreeCounts(
        city.id,
        orgs.map((o) => o.path),
      );
      return c.json({ items: orgs.map((o) => ({ ...orgView(o), ...counts.get(o.path) })) });
    },
  );

  app.get(
    '/:id',
    describe({
      summary: 'One org with its ancestors',
      response: countedOrgSchema.extend({ ancestors: z.array(orgSchema) }),
      ...tag,
      responses: { 404: 'unknown id' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('param').id);
      const [ancestors, counts] = await Promise.all([
        ancestorsOf(c.get('city').id, org.path),
        subtreeCounts(c.get('city').id, [org.path]),
      ]);
      return c.json({ ...orgView(org), ...counts.get(org.path), ancestors: ancestors.map(orgView) });
    },
  );

  app.get(
    '/:id/ancestors',
    describe({ summary: 'Ancestors from the root down', response: itemsOf(orgSchema), ...tag }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('param').id);
      return c.json({ items: (await ancestorsOf(c.get('city').id, org.path)).map(orgView) });
    },
  );

  app.get(
    '/:id/subtree',
    describe({
      summary: 'The subtree under a node, to maxDepth levels',
      response: itemsOf(orgSchema),
      ...tag,
    }),
    validate('param', idParam),
    validate('query', subtreeQuery),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('param').id);
      const { maxDepth } = c.req.valid('query');
      const rows = await db
        .selectFrom('core.org')
        .selectAll()
        .where('city_id', '=', c.get('city').id)
        .where('path', 'like', `${org.path}%`)
        .where('depth', '<=', org.depth + maxDepth)
        .orderBy('path')
        .limit(5000)
        .execute();
      return c.json({ items: rows.map(orgView) });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Create an org under a parent, or (parentId null, city admins) the city’s top committee',
      status: 201,
      response: orgSchema,
      ...tag,
      responses: { 409: 'the city already has its top committee' },
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const body = c.req.valid('json');
      const city = c.get('city');
      if (body.parentId === null) {
        requireCityAdmin(c);
        if (body.kind !== ROOT_ORG_KIND) throw new ApiError(400, 'org_root_kind', {}, 'kind');
        const root = await db
          .transaction()
          .execute((trx) => createRootOrg(trx, city, c.get('actor').userId, body.name));
        return c.json(orgView(root), 201);
      }
      await orgInScope(db, c, body.parentId, 'parentId');
      await assertInCity(db, 'core.place', city.id, body.placeId, 'placeId');
      const org = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: body.parentId,
            kind: body.kind,
            name: body.name,
            place_id: body.placeId ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: 'org',
          entityId: created.id,
          after: orgView(created),
        });
        return created;
      });
      return c.json(orgView(org), 201);
    },
  );

  app.patch(
    '/:id',
    describe({ summary: 'Rename or edit an org', response: orgSchema, ...tag }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const before = await orgInScope(db, c, c.req.valid('param').id);
      const body = c.req.valid('json');
      const city = c.get('city');
      await assertInCity(db, 'core.place', city.id, body.placeId, 'placeId');
      const after = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('core.org')
          .set({ kind: body.kind, name: body.name, place_id: body.placeId, active: body.active })
          .where('city_id', '=', city.id)
          .where('id', '=', before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'update',
          entity: 'org',
          entityId: before.id,
          before: orgView(before),
          after: orgView(updated),
        });
        return updated;
      });
      return c.json(orgView(after));
    },
  );

  app.post(
    '/:id/move',
    describe({
      summary: 'Move a node (and its subtree) under another parent',
      response: orgSchema,
      ...tag,
      responses: { 409: 'would move a node under itself' },
    }),
    validate('param', idParam),
    validate('json', moveBody),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('param').id);
      const access = c.get('access');
      // An org admin may rearrange inside their subtree but not move the granted node itself.
      if (access.level === 'orgs' && access.paths.includes(org.path)) throw forbidden();
      const { parentId } = c.req.valid('json');
      const target = await orgInScope(db, c, parentId, 'parentId');
      // The path trigger refuses this too; saying it first keeps the refusal clear and the audit clean.
      if (isInSubtree(target.path, org.path)) throw new ApiError(409, 'tree_cycle', {}, 'parentId');
      const city = c.get('city');
      const moved = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('core.org')
          .set({ parent_id: parentId })
          .where('city_id', '=', city.id)
          .where('id', '=', org.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'move',
          entity: 'org',
          entityId: org.id,
          before: { parentId: org.parent_id, path: org.path },
          after: { parentId, path: updated.path },
        });
        return updated;
      });
      return c.json(orgView(moved));
    },
  );

  app.delete(
    '/:id',
    describe({
      summary: '撤销 (dissolve) an empty org; moveMembersTo first moves its members to another org',
      response: z.looseObject({ id: z.number(), dissolved: z.literal(true) }),
      ...tag,
      responses: { 409: 'the org still has child orgs, members, units, grants or model records' },
    }),
    validate('param', idParam),
    validate('query', dissolveQuery),
    async (c) => {
      requireOrgAdmin(c);
      const org = await orgInScope(db, c, c.req.valid('param').id);
      const access = c.get('access');
      // An org admin works inside the org granted to them, not on the org itself.
      if (access.level === 'orgs' && access.paths.includes(org.path)) throw forbidden();
      const { moveMembersTo } = c.req.valid('query');
      let target = null;
      if (moveMembersTo !== undefined) {
        target = await orgInScope(db, c, moveMembersTo, 'moveMembersTo');
        if (isInSubtree(target.path, org.path))
          throw new ApiError(400, 'org_move_target_inside', {}, 'moveMembersTo');
      }
      const result = await dissolveOrg(db, c.get('city'), org, c.get('actor').userId, target);
      return c.json({ id: org.id, dissolved: true, ...result });
    },
  );

  async function ancestorsOf(cityId: number, path: string) {
    const ids = path.split('/').filter(Boolean).map(Number).slice(0, -1);
    if (!ids.length) return [];
    return db
      .selectFrom('core.org')
      .selectAll()
      .where('city_id', '=', cityId)
      .where('id', 'in', ids)
      .orderBy('depth')
      .execute();
  }

  /** Children and members under each given path, in two grouped queries. */
  async function subtreeCounts(cityId: number, paths: string[]) {
    const result = new Map<string, { childCount: number; memberCount: number }>();
    if (!paths.length) return result;
    const list = sql.join(paths.map((p) => sql`(${p}::text)`));
    const members = await sql<{ path: string; n: number }>`
      select p.path, count(m.id)::int as n
      from (values ${list}) as p(path)
      left join core.org o on o.city_id = ${cityId} and o.path like p.path || '%'
      left join core.member m on m.city_id = o.city_id and m.org_id = o.id and m.active
      group by p.path`.execute(db);
    const children = await sql<{ path: string; n: number }>`
      select p.path, count(o.id)::int as n
      from (values ${list}) as p(path)
      join core.org parent on parent.city_id = ${cityId} and parent.path = p.path
      left join core.org o on o.city_id = parent.city_id and o.parent_id = parent.id
      group by p.path`.execute(db);
    for (const p of paths) result.set(p, { childCount: 0, memberCount: 0 });
    for (const r of members.rows) result.get(r.path)!.memberCount = r.n;
    for (const r of children.rows) result.get(r.path)!.childCount = r.n;
    return result;
  }

  return app;
}
