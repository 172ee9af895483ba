import type { CityAccess } from '@jiceng/plugin-kit';
import { ACTIVE, S } from '../common';
import type { FuguDb } from '../db';
import type { LoadedPost, PostRow } from './rules';

/** The SQL of posts, post changes and party groups: reads only; the writes are in ./service. */

/** A community's posts with how many members hold each now. */
export async function postsWithLoad(db: FuguDb, city: number, communityOrgId: number) {
  const rows = await db
    .selectFrom(`${S}.post as p`)
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j.onRef('a.city_id', '=', 'p.city_id').onRef('a.post_id', '=', 'p.id').on('a.until', 'is', null),
    )
    .select([
      'p.id',
      'p.community_org_id',
      'p.category',
      'p.name',
      'p.keywords',
      'p.capacity',
      'p.active',
      'p.description',
      'p.code',
    ])
    .select((eb) => eb.fn.count<number>('a.id').as('holders'))
    .where('p.city_id', '=', city)
    .where('p.community_org_id', '=', communityOrgId)
    .groupBy([
      'p.id',
      'p.community_org_id',
      'p.category',
      'p.name',
      'p.keywords',
      'p.capacity',
      'p.active',
      'p.description',
      'p.code',
    ])
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ ...r, holders: Number(r.holders) }));
}
export type PostWithLoad = Awaited<ReturnType<typeof postsWithLoad>>[number];

/** The names of a community's posts (to add only the standard ones it lacks). */
export async function postNames(db: FuguDb, city: number, communityOrgId: number): Promise<Set<string>> {
  const rows = await db
    .selectFrom(`${S}.post`)
    .select('name')
    .where('city_id', '=', city)
    .where('community_org_id', '=', communityOrgId)
    .execute();
  return new Set(rows.map((p) => p.name));
}

/** A post with its community's path (for the reach check). */
export async function findPost(db: FuguDb, city: number, postId: number) {
  const post = await db
    .selectFrom(`${S}.post as p`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'p.city_id').onRef('o.id', '=', 'p.community_org_id'),
    )
    .selectAll('p')
    .select('o.path')
    .where('p.city_id', '=', city)
    .where('p.id', '=', postId)
    .executeTakeFirst();
  return post as (PostRow & { path: string; description: string | null; code: string | null }) | undefined;
}

/** Registrations of a community, active, without a post now, in id order. */
export function unassignedRegistrations(db: FuguDb, city: number, communityOrgId: number) {
  return db
    .selectFrom(`${S}.registration as r`)
    .select(['r.id', 'r.skills', 'r.occupation'])
    .where('r.city_id', '=', city)
    .where('r.community_org_id', '=', communityOrgId)
    .where('r.status', 'in', ACTIVE)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom(`${S}.post_assignment as a`)
            .select('a.id')
            .whereRef('a.city_id', '=', 'r.city_id')
            .whereRef('a.registration_id', '=', 'r.id')
            .where('a.until', 'is', null),
        ),
      ),
    )
    .orderBy('r.id')
    .execute();
}

/** The post a registration holds now. */
export function currentAssignment(db: FuguDb, city: number, registrationId: number) {
  return db
    .selectFrom(`${S}.post_assignment`)
    .select(['id', 'post_id'])
    .where('city_id', '=', city)
    .where('registration_id', '=', registrationId)
    .where('until', 'is', null)
    .executeTakeFirst();
}

/** The post of an assignment. */
export async function assignmentPostId(db: FuguDb, city: number, assignmentId: number) {
  const row = await db
    .selectFrom(`${S}.post_assignment`)
    .select('post_id')
    .where('city_id', '=', city)
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  return row?.post_id;
}

export function pendingChangeRequest(db: FuguDb, city: number, registrationId: number) {
  return db
    .selectFrom(`${S}.post_change_request`)
    .select('id')
    .where('city_id', '=', city)
    .where('registration_id', '=', registrationId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

export function findChangeRequest(db: FuguDb, city: number, requestId: number) {
  return db
    .selectFrom(`${S}.post_change_request`)
    .selectAll()
    .where('city_id', '=', city)
    .where('id', '=', requestId)
    .executeTakeFirst();
}

/** Change requests in the communities in reach, newest first (at most 500). */
export function changeRequests(
  db: FuguDb,
  city: number,
  access: CityAccess,
  f: { status?: 'pending' | 'approved' | 'rejected'; communityOrgId?: number },
) {
  let q = db
    .selectFrom(`${S}.post_change_request as q`)
    .innerJoin(`${S}.registration as r`, (j) =>
      j.onRef('r.city_id', '=', 'q.city_id').onRef('r.id', '=', 'q.registration_id'),
    )
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.community_org_id'),
    )
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j.onRef('a.city_id', '=', 'q.city_id').onRef('a.id', '=', 'q.assignment_id'),
    )
    .leftJoin(`${S}.post as p`, (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'))
    .leftJoin(`${S}.post as np`, (j) =>
      j.onRef('np.city_id', '=', 'q.city_id').onRef('np.id', '=', 'q.new_post_id'),
    )
    .select([
      'q.id',
      'q.registration_id as registrationId',
      'm.name as memberName',
      'co.name as communityName',
      'p.name as postName',
      'q.reason',
      'q.unable_from as unableFrom',
      'q.unable_until as unableUntil',
      'q.status',
      'np.name as newPostName',
      'q.decided_on as decidedOn',
      'q.decision_note as decisionNote',
    ])
    .where('q.city_id', '=', city);
  if (access.level === 'orgs')
    q = q.where((eb) => eb.or(access.paths.map((p) => eb('co.path', 'like', `${p}%`))));
  if (f.status) q = q.where('q.status', '=', f.status);
  if (f.communityOrgId) q = q.where('r.community_org_id', '=', f.communityOrgId);
  return q.orderBy('q.id', 'desc').limit(500).execute();
}

export interface GroupRow {
  id: number;
  community_org_id: number;
  leader_registration_id: number | null;
  name: string;
  category: string;
  path: string;
}

/** A party group with its community's path (for the reach check). */
export async function findGroup(db: FuguDb, city: number, groupId: number) {
  const group = await db
    .selectFrom(`${S}.party_group as g`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.community_org_id'),
    )
    .selectAll('g')
    .select('o.path')
    .where('g.city_id', '=', city)
    .where('g.id', '=', groupId)
    .executeTakeFirst();
  return group as GroupRow | undefined;
}

/** Active members in a group. */
export async function groupSize(db: FuguDb, city: number, groupId: number) {
  const r = await db
    .selectFrom(`${S}.registration`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('party_group_id', '=', groupId)
    .where('status', 'in', ACTIVE)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A registration's group and status (any status: taking a member out does not ask). */
export function registrationGroup(db: FuguDb, city: number, registrationId: number) {
  return db
    .selectFrom(`${S}.registration`)
    .select(['id', 'party_group_id', 'status'])
    .where('city_id', '=', city)
    .where('id', '=', registrationId)
    .executeTakeFirst();
}

/** A community's groups with their leader's name, in id order. */
export function communityGroups(db: FuguDb, city: number, communityOrgId: number) {
  return db
    .selectFrom(`${S}.party_group as g`)
    .leftJoin(`${S}.registration as l`, (j) =>
      j.onRef('l.city_id', '=', 'g.city_id').onRef('l.id', '=', 'g.leader_registration_id'),
    )
    .leftJoin('core.member as lm', (j) =>
      j.onRef('lm.city_id', '=', 'l.city_id').onRef('lm.id', '=', 'l.member_id'),
    )
    .select([
      'g.id',
      'g.name',
      'g.category',
      'g.leader_registration_id as leaderRegistrationId',
      'lm.name as leaderName',
    ])
    .where('g.city_id', '=', city)
    .where('g.community_org_id', '=', communityOrgId)
    .orderBy('g.id')
    .execute();
}

/** A community's active members with their group and present post, in registration order. */
export function communityMembers(db: FuguDb, city: number, communityOrgId: number) {
  return db
    .selectFrom(`${S}.registration as r`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 'r.city_id').onRef('m.id', '=', 'r.member_id'),
    )
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j
        .onRef('a.city_id', '=', 'r.city_id')
        .onRef('a.registration_id', '=', 'r.id')
        .on('a.until', 'is', null),
    )
    .leftJoin(`${S}.post as p`, (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'))
    .select([
      'r.id as registrationId',
      'r.party_group_id as groupId',
      'm.name as memberName',
      'p.name as postName',
      'p.category',
    ])
    .where('r.city_id', '=', city)
    .where('r.community_org_id', '=', communityOrgId)
    .where('r.status', 'in', ACTIVE)
    .orderBy('r.id')
    .execute();
}

/** Active members of a community in no group, with their post's category and how many activities they joined. */
export async function ungroupedWithActivity(db: FuguDb, city: number, communityOrgId: number) {
  const rows = await db
    .selectFrom(`${S}.registration as r`)
    .leftJoin(`${S}.post_assignment as a`, (j) =>
      j
        .onRef('a.city_id', '=', 'r.city_id')
        .onRef('a.registration_id', '=', 'r.id')
        .on('a.until', 'is', null),
    )
    .leftJoin(`${S}.post as p`, (j) => j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'))
    .select(['r.id', 'p.category'])
    .select((eb) =>
      eb
        .selectFrom(`${S}.participation as x`)
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('x.city_id', '=', 'r.city_id')
        .whereRef('x.registration_id', '=', 'r.id')
        .as('activities'),
    )
    .where('r.city_id', '=', city)
    .where('r.community_org_id', '=', communityOrgId)
    .where('r.status', 'in', ACTIVE)
    .where('r.party_group_id', 'is', null)
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ id: r.id, category: r.category ?? null, activities: Number(r.activities ?? 0) }));
}

/** How many groups a community has (the next group's number follows). */
export async function groupCount(db: FuguDb, city: number, communityOrgId: number) {
  const existing = await db
    .selectFrom(`${S}.party_group`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('community_org_id', '=', communityOrgId)
    .executeTakeFirstOrThrow();
  return Number(existing.n);
}
