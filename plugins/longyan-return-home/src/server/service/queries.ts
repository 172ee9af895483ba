import { type RawBuilder, sql } from 'kysely';
import { S } from '../common';
import type { LongyanDb } from '../db';

/** The SQL of service posts, 结对帮扶 needs, 微心愿, claims, service records and 五个先锋 tags: reads only; the writes are in ./service. */

const schema = sql.raw(S);

/** 结对帮扶 needs and 微心愿 share one shape: a table, the column of what is asked, the claim's key. */
export type CollectedKind = 'pairing' | 'wish';
/** The table of a collected kind without its schema (the entity its audit entries name). */
export const collectedEntity = (kind: CollectedKind) => (kind === 'pairing' ? 'pairing_need' : 'wish');
export const collectedTable = (kind: CollectedKind) =>
  kind === 'pairing' ? (`${S}.pairing_need` as const) : (`${S}.wish` as const);
export const collectedTextColumn = (kind: CollectedKind) => (kind === 'pairing' ? 'need' : 'content');
export const claimKey = (kind: CollectedKind) => (kind === 'pairing' ? 'pairing_id' : 'wish_id');

/** The community the member reported to in the current period, if any. */
export async function reportedCommunity(db: LongyanDb, cityId: number, memberId: number, period: string) {
  const r = await db
    .selectFrom(`${S}.report as r`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'r.city_id').onRef('o.id', '=', 'r.community_org_id'),
    )
    .select(['r.community_org_id', 'r.status', 'o.name', 'o.path'])
    .where('r.city_id', '=', cityId)
    .where('r.member_id', '=', memberId)
    .where('r.period', '=', period)
    .executeTakeFirst();
  return r ?? null;
}

interface Page {
  page: number;
  pageSize: number;
}

/** A page of service posts with their claims and whether `memberId` claimed each; `where` filters `co` (the community). */
export async function listPosts(
  db: LongyanDb,
  cityId: number,
  where: RawBuilder<boolean>,
  f: Page & { status?: string },
  memberId: number,
) {
  const rows = await sql<any>`
      select p.id, p.community_org_id, co.name as community_org_name, p.title, p.mode, p.description, p.capacity, p.status, p.published_on,
        (select count(*) from ${schema}.claim k where k.city_id = p.city_id and k.post_id = p.id)::int as claims,
        exists (select 1 from ${schema}.claim k where k.city_id = p.city_id and k.post_id = p.id and k.member_id = ${memberId}) as mine
      from ${schema}.service_post p join core.org co on co.city_id = p.city_id and co.id = p.community_org_id
      where p.city_id = ${cityId} and ${where} ${f.status ? sql`and p.status = ${f.status}` : sql``}
      order by p.id desc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
  return rows.rows;
}

export function findPost(db: LongyanDb, cityId: number, id: number) {
  return db
    .selectFrom(`${S}.service_post`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A page of 结对帮扶 needs or 微心愿 with who claimed each; `where` filters `co` (the community). */
export async function listCollected(
  db: LongyanDb,
  kind: CollectedKind,
  cityId: number,
  where: RawBuilder<boolean>,
  f: Page & { status?: string },
) {
  const rows = await sql<any>`
        select t.id, t.community_org_id, co.name as community_org_name, t.beneficiary, t.${sql.raw(collectedTextColumn(kind))} as text, t.collected_on, t.status,
          ${kind === 'wish' ? sql`t.fulfilled_on` : sql`null`} as fulfilled_on, k.member_id as claimed_by, m.name as claimed_by_name, k.id as claim_id
        from ${sql.raw(collectedTable(kind))} t
        join core.org co on co.city_id = t.city_id and co.id = t.community_org_id
        left join ${schema}.claim k on k.city_id = t.city_id and k.${sql.raw(claimKey(kind))} = t.id
        left join core.member m on m.city_id = k.city_id and m.id = k.member_id
        where t.city_id = ${cityId} and ${where} ${f.status ? sql`and t.status = ${f.status}` : sql``}
        order by t.id desc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
  return rows.rows;
}

export function findCollected(db: LongyanDb, kind: CollectedKind, cityId: number, id: number) {
  return db
    .selectFrom(collectedTable(kind))
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A member's claims (at most 500, newest first) with the title and status of what was claimed. */
export async function memberClaims(db: LongyanDb, cityId: number, memberId: number) {
  const rows = await sql<any>`
      select k.id, k.kind, k.post_id, k.pairing_id, k.wish_id, k.claimed_at, k.community_org_id, co.name as community_org_name,
        coalesce(p.title, pn.need, w.content) as title, coalesce(p.status, pn.status, w.status) as status
      from ${schema}.claim k
      join core.org co on co.city_id = k.city_id and co.id = k.community_org_id
      left join ${schema}.service_post p on p.city_id = k.city_id and p.id = k.post_id
      left join ${schema}.pairing_need pn on pn.city_id = k.city_id and pn.id = k.pairing_id
      left join ${schema}.wish w on w.city_id = k.city_id and w.id = k.wish_id
      where k.city_id = ${cityId} and k.member_id = ${memberId}
      order by k.id desc limit 500`.execute(db);
  return rows.rows;
}

export function findClaim(db: LongyanDb, cityId: number, id: number) {
  return db
    .selectFrom(`${S}.claim`)
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Service records with their member, member's org, community, claim and reviewer. */
export const recordBase = (db: LongyanDb, cityId: number) =>
  db
    .selectFrom(`${S}.service_record as s`)
    .innerJoin('core.member as m', (j) =>
      j.onRef('m.city_id', '=', 's.city_id').onRef('m.id', '=', 's.member_id'),
    )
    .innerJoin('core.org as mo', (j) =>
      j.onRef('mo.city_id', '=', 'm.city_id').onRef('mo.id', '=', 'm.org_id'),
    )
    .innerJoin('core.org as co', (j) =>
      j.onRef('co.city_id', '=', 's.city_id').onRef('co.id', '=', 's.community_org_id'),
    )
    .leftJoin(`${S}.claim as k`, (j) =>
      j.onRef('k.city_id', '=', 's.city_id').onRef('k.id', '=', 's.claim_id'),
    )
    .leftJoin('core.app_user as ru', 'ru.id', 's.reviewed_by')
    .where('s.city_id', '=', cityId);
export type RecordQuery = ReturnType<typeof recordBase>;

export const recordColumns = [
  's.id',
  's.member_id',
  's.community_org_id',
  's.claim_id',
  's.served_on',
  's.hours',
  's.content',
  's.beneficiary',
  's.status',
  's.submitted_at',
  's.reviewed_at',
  's.verified_with',
  's.review_note',
  'm.name as member_name',
  'co.name as community_org_name',
  'co.path as community_path',
  'mo.path as member_org_path',
  'k.kind as claim_kind',
  'k.wish_id',
  'ru.display_name as reviewer_name',
] as const;

export async function findRecord(db: LongyanDb, cityId: number, id: number) {
  const row: any = await recordBase(db, cityId)
    .select(recordColumns)
    .where('s.id', '=', id)
    .executeTakeFirst();
  return row;
}

/** A page of the records `q` selects, newest first, and how many it selects in all. */
export async function recordPage(q: RecordQuery, f: Page) {
  const [rows, total] = await Promise.all([
    q
      .select(recordColumns)
      .orderBy('s.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** A member's 五个先锋 tags now. */
export async function memberTags(db: LongyanDb, cityId: number, memberId: number) {
  const rows = await db
    .selectFrom(`${S}.pioneer_tag`)
    .select('tag')
    .where('city_id', '=', cityId)
    .where('member_id', '=', memberId)
    .execute();
  return rows.map((t) => t.tag);
}
