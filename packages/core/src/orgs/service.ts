import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../audit';
import type { City, CoreDatabase, Org } from '../db/schema';
import { ApiError } from '../http/errors';
import { dissolveBlockers, type OrgContents, ROOT_ORG_KIND, rootOrgName } from './rules';

type Db = Kysely<CoreDatabase>;

export const orgView = (o: Org) => ({
  id: o.id,
  parentId: o.parent_id,
  kind: o.kind,
  name: o.name,
  placeId: o.place_id,
  active: o.active,
  path: o.path,
  depth: o.depth,
});

export async function rootOf(db: Db, cityId: number): Promise<Org | undefined> {
  return db
    .selectFrom('core.org')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('parent_id', 'is', null)
    .executeTakeFirst();
}

/**
 * The city's top committee (市委 / 区委 / 县委), inside the caller's transaction. A second one is a 409 naming the
 * first; the partial unique key org_one_root_key settles a race the same way.
 */
export async function createRootOrg(
  trx: Db,
  city: City,
  actorUserId: number | null,
  name?: string | null,
): Promise<Org> {
  const existing = await rootOf(trx, city.id);
  if (existing) throw new ApiError(409, 'org_root_exists', { name: existing.name }, 'parentId');
  const created = await trx
    .insertInto('core.org')
    .values({
      city_id: city.id,
      parent_id: null,
      kind: ROOT_ORG_KIND,
      name: name?.trim() || rootOrgName(city.name_zh, city.level),
      place_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    cityId: city.id,
    actorUserId,
    action: 'create',
    entity: 'org',
    entityId: created.id,
    after: orgView(created),
  });
  return created;
}

/** Everything of core that still points at one org. */
export async function orgContents(db: Db, cityId: number, orgId: number): Promise<OrgContents> {
  const r = (
    await sql<Record<keyof OrgContents, number>>`select
      (select count(*) from core.org where city_id = ${cityId} and parent_id = ${orgId})::int as children,
      (select count(*) from core.member where city_id = ${cityId} and org_id = ${orgId})::int as members,
      (select count(*) from core.unit where city_id = ${cityId} and org_id = ${orgId})::int as units,
      (select count(*) from core.role_grant where city_id = ${cityId} and org_id = ${orgId})::int as grants,
      (select count(*) from core.member_affiliation where city_id = ${cityId} and org_id = ${orgId})::int as affiliations,
      (select count(*) from core.org_link where city_id = ${cityId} and (from_org_id = ${orgId} or to_org_id = ${orgId}))::int as links`.execute(
      db,
    )
  ).rows[0]!;
  return r;
}

/**
 * 撤销 an org: only an empty one, or one whose only content is members, moved first to `moveMembersTo` (checked by
 * the caller to be outside the org). Anything else that still points at it is a 409 that lists it; a model's own
 * record pointing at it (a foreign key) is a 409 too, and nothing changes.
 */
export async function dissolveOrg(
  db: Db,
  city: City,
  org: Org,
  actorUserId: number | null,
  moveMembersTo: Org | null,
): Promise<{ movedMembers: number }> {
  return db.transaction().execute(async (trx) => {
    // Lock the org so a member added meanwhile waits for this transaction (and then fails its foreign key).
    await sql`select 1 from core.org where city_id = ${city.id} and id = ${org.id} for update`.execute(trx);
    const contents = await orgContents(trx, city.id, org.id);
    const blockers = dissolveBlockers(contents, moveMembersTo !== null);
    if (blockers) throw new ApiError(409, 'org_not_empty', { name: org.name, what: blockers });
    let movedMembers = 0;
    if (moveMembersTo && contents.members > 0) {
      const moved = await trx
        .updateTable('core.member')
        .set({ org_id: moveMembersTo.id, updated_at: new Date() })
        .where('city_id', '=', city.id)
        .where('org_id', '=', org.id)
        .executeTakeFirst();
      movedMembers = Number(moved.numUpdatedRows);
    }
    try {
      await trx.deleteFrom('core.org').where('city_id', '=', city.id).where('id', '=', org.id).execute();
    } catch (e: any) {
      // The whole transaction (the members' move included) rolls back with this refusal.
      if (e?.code !== '23503') throw e;
      const table = String(e.table ?? /table "([^"]+)"/.exec(String(e.detail ?? ''))?.[1] ?? '');
      throw new ApiError(409, 'org_in_use', { name: org.name, table });
    }
    await recordAudit(trx, {
      cityId: city.id,
      actorUserId,
      action: 'dissolve',
      entity: 'org',
      entityId: org.id,
      before: orgView(org),
      after: moveMembersTo ? { movedMembers, movedMembersTo: moveMembersTo.id } : null,
    });
    return { movedMembers };
  });
}
