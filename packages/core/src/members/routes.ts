import type { Context } from 'hono';
import { Hono } from 'hono';
import { assertInCity, orgInScope, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { affiliationSchema, closed, memberSchema, okSchema, pageOf } from '../http/schemas';
import { describe, idParam, validate } from '../http/validate';
import { findMember, listMembers, memberAffiliations, placePath } from './queries';
import { affiliationView, memberView, memberVisibility, namedAffiliationView, revealDecision } from './rules';
import {
  affiliationBody,
  affParam,
  createBody,
  detailQuery,
  endBody,
  listQuery,
  memberDetailSchema,
  memberReadSchema,
  updateBody,
} from './schemas';
import {
  addAffiliation,
  auditReveal,
  createMember,
  deactivateMember,
  endAffiliation,
  updateMember,
  type Writer,
} from './service';

export { memberFields } from './schemas';
export { memberView };

const writer = (c: Context<AppEnv>): Writer => ({ cityId: c.get('city').id, userId: c.get('actor').userId });

export function memberRoutes({ db, clock }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['members'] };

  /** A member the actor may see: in their subtree, or themselves. */
  async function load(c: Context<AppEnv>, id: number) {
    const row = await findMember(db, c.get('city').id, id);
    if (!row) throw notFound('member');
    const { visible, self } = memberVisibility(c.get('access'), { id: row.id, orgPath: row.org_path });
    if (!visible) throw notFound('member');
    return { row, self };
  }

  async function checkRefs(
    c: Context<AppEnv>,
    body: { orgId?: number; unitId?: number | null; residencePlaceId?: number | null },
  ) {
    const cityId = c.get('city').id;
    if (body.orgId) await orgInScope(db, c, body.orgId, 'orgId');
    await assertInCity(db, 'core.unit', cityId, body.unitId, 'unitId');
    await assertInCity(db, 'core.place', cityId, body.residencePlaceId, 'residencePlaceId');
  }

  app.get(
    '/',
    describe({
      summary: 'Members in the actor’s scope, paged and filtered; personal data masked',
      response: pageOf(closed(memberReadSchema)),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      const within: { orgPath?: string; placePath?: string } = {};
      if (f.orgId) within.orgPath = (await orgInScope(db, c, f.orgId, 'orgId')).path;
      if (f.placeId) {
        within.placePath = await placePath(db, city.id, f.placeId);
        if (within.placePath === undefined)
          throw new ApiError(400, 'cross_city', { field: 'placeId' }, 'placeId');
      }
      const { rows, total } = await listMembers(db, city.id, c.get('access'), f, within);
      return c.json({
        items: rows.map((r) => memberView(r, false)),
        total,
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/:id',
    describe({
      summary: 'One member; ?reveal=true shows ID number and phone to city admins (audited)',
      response: memberDetailSchema,
      ...tag,
    }),
    validate('param', idParam),
    validate('query', detailQuery),
    async (c) => {
      const { row, self } = await load(c, c.req.valid('param').id);
      const asked = c.req.valid('query').reveal === 'true';
      const { reveal, audited } = revealDecision(c.get('access'), self, asked);
      if (audited) await auditReveal(db, writer(c), row.id);
      const affiliations = await memberAffiliations(db, c.get('city').id, row.id);
      return c.json({ ...memberView(row, reveal), affiliations: affiliations.map(namedAffiliationView) });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Create a member',
      status: 201,
      response: memberSchema,
      ...tag,
      responses: { 409: 'ID number already registered in this city' },
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await checkRefs(c, b);
      const created = await createMember(db, writer(c), b);
      return c.json(memberView(created, false), 201);
    },
  );

  app.patch(
    '/:id',
    describe({ summary: 'Update a member', response: memberSchema, ...tag }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row: before } = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      await checkRefs(c, b);
      const after = await updateMember(db, clock, writer(c), before, b);
      return c.json(memberView(after, false));
    },
  );

  app.post(
    '/:id/deactivate',
    describe({
      summary: 'Deactivate a member (kept, hidden from active lists)',
      noBody: true,
      response: okSchema,
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await load(c, c.req.valid('param').id);
      if (!row.active) throw new ApiError(409, 'conflict', { reason: 'already inactive' });
      await deactivateMember(db, clock, writer(c), row.id);
      return c.json({ ok: true });
    },
  );

  app.post(
    '/:id/affiliations',
    describe({
      summary: 'Add an activity affiliation (community, compound, grid, region)',
      status: 201,
      response: affiliationSchema,
      ...tag,
    }),
    validate('param', idParam),
    validate('json', affiliationBody),
    async (c) => {
      requireOrgAdmin(c);
      const { row } = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const city = c.get('city');
      // The activity side may be outside the admin's own subtree (a unit's member active in a community), but not another city.
      if (b.orgId) await assertInCity(db, 'core.org', city.id, b.orgId, 'orgId');
      await assertInCity(db, 'core.place', city.id, b.placeId, 'placeId');
      const created = await addAffiliation(db, clock, writer(c), row.id, b);
      return c.json(affiliationView(created), 201);
    },
  );

  app.post(
    '/:id/affiliations/:affiliationId/end',
    describe({ summary: 'End an affiliation on a date', response: okSchema, ...tag }),
    validate('param', affParam),
    validate('json', endBody),
    async (c) => {
      requireOrgAdmin(c);
      const { id, affiliationId } = c.req.valid('param');
      const { row } = await load(c, id);
      await endAffiliation(db, writer(c), row.id, affiliationId, c.req.valid('json').until);
      return c.json({ ok: true });
    },
  );

  return app;
}
