import {
  actionsFor,
  enforce,
  ApiError,
  describe,
  forbidden,
  idParam,
  notFound,
  paging,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  recordAudit,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { PIONEER_TAGS, periodOf, RECORD_STATUSES, SERVICE_MODES } from '../../shared/model';
import {
  askerOf,
  communityOrgInScope,
  invalid,
  isoDate,
  loadMember,
  loadOrg,
  type MemberRow,
  num,
  positiveId,
  queryId,
  refuse,
  requireManager,
  S,
  scopeFilter,
  subjectMember,
  TAG,
  text,
  today,
  say,
} from '../common';
import { itemsOf, okSchema, pageOf } from '../schemas';
import { mayReviewService } from './permissions';
import {
  claimListItemSchema,
  claimSchema,
  pairingListItemSchema,
  pairingSchema,
  postListItemSchema,
  postSchema,
  recordSchema,
  tagsSchema,
  wishListItemSchema,
  wishSchema,
} from './schemas';
import type { ClaimTable, LongyanDb, LongyanTables } from '../db';

const postBody = z.object({
  communityOrgId: positiveId,
  title: text(120),
  mode: z.enum(SERVICE_MODES),
  description: z.string().trim().max(1000).nullable().optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
});
const pairingBody = z.object({
  communityOrgId: positiveId,
  beneficiary: text(60),
  need: text(500),
  collectedOn: isoDate.optional(),
});
const wishBody = z.object({
  communityOrgId: positiveId,
  beneficiary: text(60),
  content: text(500),
  collectedOn: isoDate.optional(),
});
const claimBody = z.object({ memberId: positiveId.nullable().optional() });
const listQuery = paging.extend({
  communityOrgId: queryId.optional(),
  status: z.string().trim().max(20).optional(),
});
const recordBody = z.object({
  memberId: positiveId.nullable().optional(),
  claimId: positiveId.nullable().optional(),
  communityOrgId: positiveId.nullable().optional(),
  servedOn: isoDate,
  hours: z.number().positive().max(24),
  content: text(500),
  beneficiary: text(60),
});
const recordQuery = paging.extend({
  communityOrgId: queryId.optional(),
  memberId: queryId.optional(),
  status: z.enum(RECORD_STATUSES).optional(),
});
const confirmBody = z.object({
  /** 核实对象: the beneficiary or organizer the community checked with. */
  verifiedWith: text(120),
  note: z.string().trim().max(500).nullable().optional(),
});
const rejectBody = z.object({ reason: text(500) });
const tagsBody = z.object({ tags: z.array(z.enum(PIONEER_TAGS)).max(PIONEER_TAGS.length) });
const claimsQuery = z.object({ memberId: queryId.optional() });

type C = Context<PluginEnv<Config>>;
const schema = sql.raw(S);

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

const recordView = (r: any) => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  claimId: r.claim_id,
  claimKind: r.claim_kind ?? null,
  servedOn: r.served_on,
  hours: num(r.hours),
  content: r.content,
  beneficiary: r.beneficiary,
  status: r.status,
  submittedAt: r.submitted_at,
  reviewedBy: r.reviewer_name ?? null,
  reviewedAt: r.reviewed_at,
  verifiedWith: r.verified_with,
  reviewNote: r.review_note,
});

export function serviceRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const currentPeriod = () => periodOf(today(clock.now()));

  /** A list of what a community publishes: managers see their scope; a member sees the community they reported to. */
  async function publishedScope(c: C, communityOrgId: number | undefined) {
    const access = c.get('access');
    if (access.level === 'self') {
      const memberId = c.get('actor').memberId;
      const r = memberId ? await reportedCommunity(db, c.get('city').id, memberId, currentPeriod()) : null;
      return sql<boolean>`co.id = ${r?.community_org_id ?? 0}`;
    }
    if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
    return sql<boolean>`${scopeFilter(c, ['co.path'])} ${communityOrgId ? sql`and co.id = ${communityOrgId}` : sql``}`;
  }

  async function mustHaveReportedTo(c: C, member: MemberRow, communityOrgId: number) {
    const config = c.get('pluginConfig');
    if (!config.requireReportToServe) return;
    const r = await reportedCommunity(db, c.get('city').id, member.id, currentPeriod());
    if (!r || r.community_org_id !== communityOrgId)
      throw refuse(say('请先到该社区报到', 'report to this community first'));
  }

  // --- Service posts (服务岗位) ---
  app.get(
    '/posts',
    describe({
      summary: 'Service posts published by communities (a member sees their report community’s)',
      response: itemsOf(postListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      const f = c.req.valid('query');
      const city = c.get('city');
      const where = await publishedScope(c, f.communityOrgId);
      const memberId = c.get('actor').memberId ?? 0;
      const rows = await sql<any>`
      select p.id, p.community_org_id, co.name as community_org_name, p.title, p.mode, p.description, p.capacity, p.status, p.published_on,
        (select count(*) from ${schema}.claim k where k.city_id = p.city_id and k.post_id = p.id)::int as claims,
        exists (select 1 from ${schema}.claim k where k.city_id = p.city_id and k.post_id = p.id and k.member_id = ${memberId}) as mine
      from ${schema}.service_post p join core.org co on co.city_id = p.city_id and co.id = p.community_org_id
      where p.city_id = ${city.id} and ${where} ${f.status ? sql`and p.status = ${f.status}` : sql``}
      order by p.id desc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          title: r.title,
          mode: r.mode,
          description: r.description,
          capacity: r.capacity,
          status: r.status,
          publishedOn: r.published_on,
          claims: num(r.claims),
          mine: !!r.mine,
        })),
      });
    },
  );

  app.post(
    '/posts',
    describe({
      summary: 'The community publishes a service post (设置服务岗位)',
      status: 201,
      response: postSchema,
      ...TAG,
    }),
    validate('json', postBody),
    async (c) => {
      requireManager(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.service_post`)
          .values({
            city_id: city.id,
            community_org_id: community.id,
            title: b.title,
            mode: b.mode,
            description: b.description ?? null,
            capacity: b.capacity ?? null,
            published_on: today(clock.now()),
            created_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.service_post`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(
        {
          id: row.id,
          communityOrgId: row.community_org_id,
          communityOrgName: community.name,
          title: row.title,
          mode: row.mode,
          description: row.description,
          capacity: row.capacity,
          status: row.status,
          publishedOn: row.published_on,
          claims: 0,
        },
        201,
      );
    },
  );

  app.post(
    '/posts/:id/close',
    describe({
      summary: 'Close a post to new claims',
      noBody: true,
      response: okSchema,
      ...TAG,
      responses: { 404: 'unknown post', 409: 'already closed' },
    }),
    validate('param', idParam),
    async (c) => {
      requireManager(c);
      const city = c.get('city');
      const post = await db
        .selectFrom(`${S}.service_post`)
        .selectAll()
        .where('city_id', '=', city.id)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!post) throw notFound(say('服务岗位', 'Service post'));
      const community = await loadOrg(db, city.id, post.community_org_id);
      if (!pathInScope(c.get('access'), community.path)) throw notFound(say('服务岗位', 'Service post'));
      if (post.status === 'closed') throw refuse(say('岗位已关闭', 'already closed'));
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.service_post`)
          .set({ status: 'closed' })
          .where('city_id', '=', city.id)
          .where('id', '=', post.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'close',
          entity: `${S}.service_post`,
          entityId: post.id,
          before: { status: 'open' },
          after: { status: 'closed' },
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/posts/:id/claim',
    describe({
      summary: 'A member claims a service post (认领岗位)',
      status: 201,
      response: claimSchema,
      ...TAG,
      responses: { 409: 'closed, full, already claimed, or not reported there' },
    }),
    validate('param', idParam),
    validate('json', claimBody),
    async (c) => {
      const city = c.get('city');
      const { member } = await subjectMember(db, c, c.req.valid('json').memberId);
      const post = await db
        .selectFrom(`${S}.service_post`)
        .selectAll()
        .where('city_id', '=', city.id)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!post) throw notFound(say('服务岗位', 'Service post'));
      if (post.status !== 'open') throw refuse(say('岗位已关闭', 'the post is closed'));
      await mustHaveReportedTo(c, member, post.community_org_id);
      // Counted in the claim's transaction with the post row locked: simultaneous claims on one post queue on the
      // lock, so each sees the claims committed before it and a post is never overfilled.
      const claim = await insertClaim(
        c,
        member,
        { kind: 'post', post_id: post.id, community_org_id: post.community_org_id },
        async (trx) => {
          await trx
            .selectFrom(`${S}.service_post`)
            .select('id')
            .where('city_id', '=', city.id)
            .where('id', '=', post.id)
            .forUpdate()
            .executeTakeFirstOrThrow();
          const taken = await trx
            .selectFrom(`${S}.claim`)
            .select([
              (eb) => eb.fn.countAll().as('n'),
              (eb) => eb.fn.count('id').filterWhere('member_id', '=', member.id).as('mine'),
            ])
            .where('city_id', '=', city.id)
            .where('post_id', '=', post.id)
            .executeTakeFirstOrThrow();
          if (num(taken.mine) > 0) throw refuse(say('已认领该岗位', 'already claimed'));
          if (post.capacity != null && num(taken.n) >= post.capacity)
            throw refuse(say(`岗位“${post.title}”名额已满`, `the post “${post.title}” is full`));
        },
      );
      return c.json(claim, 201);
    },
  );

  async function insertClaim(
    c: C,
    member: MemberRow,
    target: {
      kind: ClaimTable['kind'];
      community_org_id: number;
      post_id?: number;
      pairing_id?: number;
      wish_id?: number;
    },
    /** Runs first in the claim's transaction; throws to refuse the claim. */
    check?: (trx: typeof db) => Promise<void>,
  ) {
    const city = c.get('city');
    return db.transaction().execute(async (trx) => {
      await check?.(trx);
      const row = await trx
        .insertInto(`${S}.claim`)
        .values({ city_id: city.id, member_id: member.id, claimed_at: clock.now(), ...target })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (target.pairing_id)
        await trx
          .updateTable(`${S}.pairing_need`)
          .set({ status: 'paired' })
          .where('city_id', '=', city.id)
          .where('id', '=', target.pairing_id)
          .execute();
      if (target.wish_id)
        await trx
          .updateTable(`${S}.wish`)
          .set({ status: 'claimed' })
          .where('city_id', '=', city.id)
          .where('id', '=', target.wish_id)
          .execute();
      await recordAudit(trx, {
        cityId: city.id,
        actorUserId: c.get('actor').userId,
        action: 'claim',
        entity: `${S}.claim`,
        entityId: row.id,
        after: row,
      });
      return {
        id: row.id,
        memberId: member.id,
        kind: row.kind,
        postId: row.post_id,
        pairingId: row.pairing_id,
        wishId: row.wish_id,
        communityOrgId: row.community_org_id,
        claimedAt: row.claimed_at,
      };
    });
  }

  // --- 结对帮扶 needs and 微心愿: collected by the community, each claimed by one member ---
  for (const kind of ['pairing', 'wish'] as const) {
    const table = kind === 'pairing' ? `${S}.pairing_need` : `${S}.wish`;
    const path = kind === 'pairing' ? '/pairings' : '/wishes';
    const textCol = kind === 'pairing' ? 'need' : 'content';
    app.get(
      path,
      describe({
        summary:
          kind === 'pairing' ? '结对帮扶 needs collected by communities' : '微心愿 collected by communities',
        response: itemsOf(kind === 'pairing' ? pairingListItemSchema : wishListItemSchema),
        ...TAG,
      }),
      validate('query', listQuery),
      async (c) => {
        const f = c.req.valid('query');
        const city = c.get('city');
        const where = await publishedScope(c, f.communityOrgId);
        const rows = await sql<any>`
        select t.id, t.community_org_id, co.name as community_org_name, t.beneficiary, t.${sql.raw(textCol)} as text, t.collected_on, t.status,
          ${kind === 'wish' ? sql`t.fulfilled_on` : sql`null`} as fulfilled_on, k.member_id as claimed_by, m.name as claimed_by_name, k.id as claim_id
        from ${sql.raw(table)} t
        join core.org co on co.city_id = t.city_id and co.id = t.community_org_id
        left join ${schema}.claim k on k.city_id = t.city_id and k.${sql.raw(kind === 'pairing' ? 'pairing_id' : 'wish_id')} = t.id
        left join core.member m on m.city_id = k.city_id and m.id = k.member_id
        where t.city_id = ${city.id} and ${where} ${f.status ? sql`and t.status = ${f.status}` : sql``}
        order by t.id desc limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`.execute(db);
        return c.json({
          items: rows.rows.map((r) => ({
            id: r.id,
            communityOrgId: r.community_org_id,
            communityOrgName: r.community_org_name,
            beneficiary: r.beneficiary,
            [textCol]: r.text,
            collectedOn: r.collected_on,
            status: r.status,
            ...(kind === 'wish' ? { fulfilledOn: r.fulfilled_on } : {}),
            claimId: r.claim_id,
            claimedBy: r.claimed_by,
            claimedByName: r.claimed_by_name,
          })),
        });
      },
    );

    app.post(
      path,
      describe({
        summary: kind === 'pairing' ? 'Collect a 结对帮扶 need' : 'Collect a 微心愿 from a resident',
        status: 201,
        response: kind === 'pairing' ? pairingSchema : wishSchema,
        ...TAG,
      }),
      validate('json', kind === 'pairing' ? pairingBody : wishBody),
      async (c) => {
        requireManager(c);
        const b = c.req.valid('json') as any;
        const city = c.get('city');
        const community = await communityOrgInScope(db, c, b.communityOrgId);
        const collectedOn = b.collectedOn ?? today(clock.now());
        if (collectedOn > today(clock.now()))
          throw invalid(say('征集日期不能晚于今天', 'collectedOn is in the future'), 'collectedOn');
        const row = await db.transaction().execute(async (trx) => {
          const r = await trx
            .insertInto(table)
            .values({
              city_id: city.id,
              community_org_id: community.id,
              beneficiary: b.beneficiary,
              [textCol]: b[textCol],
              collected_on: collectedOn,
              created_by: c.get('actor').userId,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await recordAudit(trx, {
            cityId: city.id,
            actorUserId: c.get('actor').userId,
            action: 'create',
            entity: table,
            entityId: r.id,
            after: r,
          });
          return r;
        });
        return c.json(
          {
            id: row.id,
            communityOrgId: community.id,
            communityOrgName: community.name,
            beneficiary: row.beneficiary,
            [textCol]: (row as typeof row & Record<typeof textCol, string>)[textCol],
            collectedOn: row.collected_on,
            status: row.status,
          },
          201,
        );
      },
    );

    app.post(
      `${path}/:id/claim`,
      describe({
        summary:
          kind === 'pairing'
            ? 'A member takes on a pairing need (结对)'
            : 'A member claims a wish (认领微心愿)',
        status: 201,
        response: claimSchema,
        ...TAG,
        responses: { 409: 'already claimed or not reported there' },
      }),
      validate('param', idParam),
      validate('json', claimBody),
      async (c) => {
        const city = c.get('city');
        const { member } = await subjectMember(db, c, c.req.valid('json').memberId);
        const row = await db
          .selectFrom(table)
          .selectAll()
          .where('city_id', '=', city.id)
          .where('id', '=', c.req.valid('param').id)
          .executeTakeFirst();
        if (!row) throw notFound(kind);
        if (row.status !== 'open') throw refuse(say('已被认领', 'already claimed'));
        await mustHaveReportedTo(c, member, row.community_org_id);
        const claim = await insertClaim(
          c,
          member,
          {
            kind,
            community_org_id: row.community_org_id,
            [kind === 'pairing' ? 'pairing_id' : 'wish_id']: row.id,
          },
          // Checked again with the row locked, so a second simultaneous claim hears "already claimed"; the unique
          // key (city_id, wish_id / pairing_id) on claims is what guarantees one claim.
          async (trx) => {
            const locked = await trx
              .selectFrom(table)
              .select('status')
              .where('city_id', '=', city.id)
              .where('id', '=', row.id)
              .forUpdate()
              .executeTakeFirst();
            if (locked?.status !== 'open') throw refuse(say('已被认领', 'already claimed'));
          },
        );
        return c.json(claim, 201);
      },
    );
  }

  app.get(
    '/claims',
    describe({
      summary: 'A member’s claims (their own, or a member in scope)',
      response: itemsOf(claimListItemSchema),
      ...TAG,
    }),
    validate('query', claimsQuery),
    async (c) => {
      const { memberId } = c.req.valid('query');
      if (memberId == null && !c.get('actor').memberId) return c.json({ items: [] });
      const { member } = await subjectMember(db, c, memberId);
      const rows = await sql<any>`
      select k.id, k.kind, k.post_id, k.pairing_id, k.wish_id, k.claimed_at, k.community_org_id, co.name as community_org_name,
        coalesce(p.title, pn.need, w.content) as title, coalesce(p.status, pn.status, w.status) as status
      from ${schema}.claim k
      join core.org co on co.city_id = k.city_id and co.id = k.community_org_id
      left join ${schema}.service_post p on p.city_id = k.city_id and p.id = k.post_id
      left join ${schema}.pairing_need pn on pn.city_id = k.city_id and pn.id = k.pairing_id
      left join ${schema}.wish w on w.city_id = k.city_id and w.id = k.wish_id
      where k.city_id = ${c.get('city').id} and k.member_id = ${member.id}
      order by k.id desc limit 500`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          postId: r.post_id,
          pairingId: r.pairing_id,
          wishId: r.wish_id,
          title: r.title,
          status: r.status,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          claimedAt: r.claimed_at,
        })),
      });
    },
  );

  // --- 服务确认 ---
  const recordBase = (cityId: number) =>
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
  const recordColumns = [
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

  async function loadRecord(c: C, id: number) {
    const row: any = await recordBase(c.get('city').id)
      .select(recordColumns)
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound(say('服务记录', 'Service record'));
    const access = c.get('access');
    const own = row.member_id === c.get('actor').memberId;
    if (!own && !pathInScope(access, row.community_path) && !pathInScope(access, row.member_org_path))
      throw notFound(say('服务记录', 'Service record'));
    return row;
  }

  app.post(
    '/records',
    describe({
      summary: 'A member submits an offline service for confirmation (服务记实)',
      status: 201,
      response: recordSchema,
      ...TAG,
    }),
    validate('json', recordBody),
    async (c) => {
      const b = c.req.valid('json');
      const city = c.get('city');
      const config = c.get('pluginConfig');
      const { member } = await subjectMember(db, c, b.memberId);
      if (b.servedOn > today(clock.now()))
        throw invalid(say('服务日期不能晚于今天', 'servedOn is in the future'), 'servedOn');
      if (b.hours > config.maxHoursPerRecord)
        throw invalid(
          say(`单次服务不超过 ${config.maxHoursPerRecord} 小时`, `at most ${config.maxHoursPerRecord} hours`),
          'hours',
        );
      let communityOrgId: number;
      if (b.claimId) {
        const claim = await db
          .selectFrom(`${S}.claim`)
          .selectAll()
          .where('city_id', '=', city.id)
          .where('id', '=', b.claimId)
          .executeTakeFirst();
        if (!claim || claim.member_id !== member.id)
          throw invalid(say('不是该党员的认领', 'not this member’s claim'), 'claimId');
        communityOrgId = claim.community_org_id;
      } else {
        if (!b.communityOrgId)
          throw invalid(say('需要指定服务社区', 'communityOrgId is required'), 'communityOrgId');
        const org = await loadOrg(db, city.id, b.communityOrgId, 'communityOrgId');
        communityOrgId = org.id;
      }
      await mustHaveReportedTo(c, member, communityOrgId);
      const row = await db.transaction().execute(async (trx) => {
        const r = await trx
          .insertInto(`${S}.service_record`)
          .values({
            city_id: city.id,
            member_id: member.id,
            community_org_id: communityOrgId,
            claim_id: b.claimId ?? null,
            served_on: b.servedOn,
            hours: b.hours,
            content: b.content,
            beneficiary: b.beneficiary,
            status: 'submitted',
            submitted_at: clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'submit',
          entity: `${S}.service_record`,
          entityId: r.id,
          after: r,
        });
        return r;
      });
      return c.json(recordView({ ...row, member_name: member.name }), 201);
    },
  );

  app.get(
    '/records',
    describe({
      summary:
        'Service records: a member’s own, or those in scope (the community queue with status=submitted)',
      response: pageOf(recordSchema),
      ...TAG,
    }),
    validate('query', recordQuery),
    async (c) => {
      const f = c.req.valid('query');
      const city = c.get('city');
      const access = c.get('access');
      let q = recordBase(city.id);
      if (access.level === 'self') q = q.where('s.member_id', '=', c.get('actor').memberId ?? 0);
      else q = q.where(scopeFilter(c, ['co.path', 'mo.path']));
      if (f.communityOrgId) q = q.where('s.community_org_id', '=', f.communityOrgId);
      if (f.memberId) q = q.where('s.member_id', '=', f.memberId);
      if (f.status) q = q.where('s.status', '=', f.status);
      const [rows, total] = await Promise.all([
        q
          .select(recordColumns)
          .orderBy('s.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      const who = askerOf(c);
      return c.json({
        items: rows.map((r: any) => {
          const review = mayReviewService(who, { communityOrgId: r.community_org_id, status: r.status });
          return {
            ...recordView(r),
            actions: actionsFor({ confirm: review, reject: review }, c.get('locale')),
          };
        }),
        total: num((total as any).n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.post(
    '/records/:id/confirm',
    describe({
      summary: 'The community org confirms a record after checking with the beneficiary',
      response: recordSchema,
      ...TAG,
      responses: { 403: 'not the community org', 409: 'already reviewed' },
    }),
    validate('param', idParam),
    validate('json', confirmBody),
    async (c) => {
      const row = await loadRecord(c, c.req.valid('param').id);
      enforce(mayReviewService(askerOf(c), { communityOrgId: row.community_org_id, status: row.status }));
      const b = c.req.valid('json');
      const city = c.get('city');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.service_record`)
          .set({
            status: 'confirmed',
            reviewed_by: c.get('actor').userId,
            reviewed_at: now,
            verified_with: b.verifiedWith,
            review_note: b.note ?? null,
          })
          .where('city_id', '=', city.id)
          .where('id', '=', row.id)
          .execute();
        // A confirmed service on a claimed wish fulfils it.
        if (row.wish_id)
          await trx
            .updateTable(`${S}.wish`)
            .set({ status: 'fulfilled', fulfilled_on: row.served_on })
            .where('city_id', '=', city.id)
            .where('id', '=', row.wish_id)
            .where('status', '=', 'claimed')
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'confirm',
          entity: `${S}.service_record`,
          entityId: row.id,
          before: { status: 'submitted' },
          after: { status: 'confirmed', verifiedWith: b.verifiedWith, memberId: row.member_id },
        });
      });
      return c.json(
        recordView({
          ...row,
          status: 'confirmed',
          reviewed_at: now,
          verified_with: b.verifiedWith,
          review_note: b.note ?? null,
          reviewer_name: c.get('actor').displayName,
        }),
      );
    },
  );

  app.post(
    '/records/:id/reject',
    describe({
      summary: 'The community org rejects a record it could not verify',
      response: recordSchema,
      ...TAG,
      responses: { 403: 'not the community org', 409: 'already reviewed' },
    }),
    validate('param', idParam),
    validate('json', rejectBody),
    async (c) => {
      const row = await loadRecord(c, c.req.valid('param').id);
      enforce(mayReviewService(askerOf(c), { communityOrgId: row.community_org_id, status: row.status }));
      const { reason } = c.req.valid('json');
      const city = c.get('city');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.service_record`)
          .set({
            status: 'rejected',
            reviewed_by: c.get('actor').userId,
            reviewed_at: now,
            review_note: reason,
          })
          .where('city_id', '=', city.id)
          .where('id', '=', row.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'reject',
          entity: `${S}.service_record`,
          entityId: row.id,
          before: { status: 'submitted' },
          after: { status: 'rejected', reason, memberId: row.member_id },
        });
      });
      return c.json(
        recordView({
          ...row,
          status: 'rejected',
          reviewed_at: now,
          review_note: reason,
          reviewer_name: c.get('actor').displayName,
        }),
      );
    },
  );

  // --- "五个先锋" tags ---
  app.put(
    '/members/:id/tags',
    describe({
      summary: 'Set a member’s "五个先锋" tags (the member, or an admin of their unit or report community)',
      response: tagsSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', tagsBody),
    async (c) => {
      const city = c.get('city');
      const id = c.req.valid('param').id;
      const member = await loadMember(db, city.id, id, 'id').catch(() => {
        throw notFound('member');
      });
      const self = c.get('actor').memberId === member.id;
      if (!self) {
        const access = c.get('access');
        if (access.level === 'self') throw forbidden();
        const r = await reportedCommunity(db, city.id, member.id, currentPeriod());
        if (!pathInScope(access, member.org_path) && !(r && pathInScope(access, r.path)))
          throw notFound('member');
      }
      const tags = [...new Set(c.req.valid('json').tags)];
      const before = (
        await db
          .selectFrom(`${S}.pioneer_tag`)
          .select('tag')
          .where('city_id', '=', city.id)
          .where('member_id', '=', member.id)
          .execute()
      ).map((t) => t.tag);
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom(`${S}.pioneer_tag`)
          .where('city_id', '=', city.id)
          .where('member_id', '=', member.id)
          .execute();
        if (tags.length)
          await trx
            .insertInto(`${S}.pioneer_tag`)
            .values(tags.map((tag) => ({ city_id: city.id, member_id: member.id, tag })))
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'tags',
          entity: `${S}.pioneer_tag`,
          entityId: member.id,
          before,
          after: tags,
        });
      });
      return c.json({ memberId: member.id, tags });
    },
  );

  return app;
}

export { ApiError };
