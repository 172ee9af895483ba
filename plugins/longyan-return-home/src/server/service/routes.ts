import {
  actionsFor,
  describe,
  enforce,
  forbidden,
  idParam,
  invalid,
  loadOrg,
  notFound,
  num,
  pathInScope,
  type PluginContext,
  type PluginEnv,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Config } from '../../manifest';
import { periodOf } from '../../shared/model';
import { askerOf, communityOrgInScope, loadMember, type MemberRow, subjectMember, TAG } from '../common';
import type { LongyanTables } from '../db';
import { itemsOf, okSchema, pageOf } from '../schemas';
import { mayReviewService } from './permissions';
import {
  collectedTextColumn,
  findClaim,
  findCollected,
  findPost,
  findRecord,
  listCollected,
  listPosts,
  memberClaims,
  memberTags,
  recordBase,
  recordPage,
  reportedCommunity,
} from './queries';
import {
  claimListView,
  collectedCreatedView,
  collectedView,
  mayServeIn,
  postListView,
  recordInputProblem,
  recordView,
  tagsReach,
  uniqueTags,
} from './rules';
import {
  claimBody,
  claimListItemSchema,
  claimSchema,
  claimsQuery,
  confirmBody,
  listQuery,
  pairingBody,
  pairingListItemSchema,
  pairingSchema,
  postBody,
  postListItemSchema,
  postSchema,
  recordBody,
  recordQuery,
  recordSchema,
  rejectBody,
  tagsBody,
  tagsSchema,
  wishBody,
  wishListItemSchema,
  wishSchema,
} from './schemas';
import * as service from './service';

/** The HTTP side of service posts, 结对帮扶, 微心愿, claims, 服务确认 and 五个先锋 tags: input, reach and answers. */

type C = Context<PluginEnv<Config>>;

export function serviceRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const currentPeriod = () => periodOf(todayOf(ctx));

  /** A list of what a community publishes: managers see their scope; a member sees the community they reported to. */
  async function publishedScope(c: C, communityOrgId: number | undefined) {
    const access = c.get('access');
    if (access.level === 'self') {
      const memberId = c.get('actor').memberId;
      const r = memberId ? await reportedCommunity(db, c.get('city').id, memberId, currentPeriod()) : null;
      return sql<boolean>`co.id = ${r?.community_org_id ?? 0}`;
    }
    if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
    return sql<boolean>`${scopeCondition(c.get('access'), ['co.path'])} ${communityOrgId ? sql`and co.id = ${communityOrgId}` : sql``}`;
  }

  async function mustHaveReportedTo(c: C, member: MemberRow, communityOrgId: number) {
    const required = c.get('pluginConfig').requireReportToServe;
    if (!required) return;
    const r = await reportedCommunity(db, c.get('city').id, member.id, currentPeriod());
    if (!mayServeIn(required, r?.community_org_id ?? null, communityOrgId))
      throw refuse(say('请先到该社区报到', 'report to this community first'));
  }

  const postNotFound = () => notFound(say('服务岗位', 'Service post'));

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
      const where = await publishedScope(c, f.communityOrgId);
      const rows = await listPosts(db, c.get('city').id, where, f, c.get('actor').memberId ?? 0);
      return c.json({
        items: rows.map(postListView),
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
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      const row = await service.createPost(
        db,
        whoOf(c),
        { ...b, communityOrgId: community.id },
        todayOf(ctx),
      );
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
      requireOrgLevel(c);
      const city = c.get('city');
      const post = await findPost(db, city.id, c.req.valid('param').id);
      if (!post) throw postNotFound();
      const community = await loadOrg(db, city.id, post.community_org_id);
      if (!pathInScope(c.get('access'), community.path)) throw postNotFound();
      if (post.status === 'closed') throw refuse(say('岗位已关闭', 'already closed'));
      await service.closePost(db, whoOf(c), post.id);
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
      const { member } = await subjectMember(db, c, c.req.valid('json').memberId);
      const post = await findPost(db, c.get('city').id, c.req.valid('param').id);
      if (!post) throw postNotFound();
      if (post.status !== 'open') throw refuse(say('岗位已关闭', 'the post is closed'));
      await mustHaveReportedTo(c, member, post.community_org_id);
      return c.json(await service.claimPost(db, whoOf(c), member, post, clock.now()), 201);
    },
  );

  // --- 结对帮扶 needs and 微心愿: collected by the community, each claimed by one member ---
  for (const kind of ['pairing', 'wish'] as const) {
    const path = kind === 'pairing' ? '/pairings' : '/wishes';
    const textCol = collectedTextColumn(kind);
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
        const where = await publishedScope(c, f.communityOrgId);
        const rows = await listCollected(db, kind, c.get('city').id, where, f);
        return c.json({
          items: rows.map((r) => collectedView(kind, r)),
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
        requireOrgLevel(c);
        const b = c.req.valid('json') as z.infer<typeof pairingBody> & z.infer<typeof wishBody>;
        const community = await communityOrgInScope(db, c, b.communityOrgId);
        const collectedOn = b.collectedOn ?? todayOf(ctx);
        if (collectedOn > todayOf(ctx))
          throw invalid(say('征集日期不能晚于今天', 'collectedOn is in the future'), 'collectedOn');
        const row = await service.createCollected(db, whoOf(c), kind, {
          communityOrgId: community.id,
          beneficiary: b.beneficiary,
          text: b[textCol],
          collectedOn,
        });
        return c.json(collectedCreatedView(textCol, row, community), 201);
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
        const { member } = await subjectMember(db, c, c.req.valid('json').memberId);
        const row = await findCollected(db, kind, c.get('city').id, c.req.valid('param').id);
        if (!row) throw notFound(kind);
        if (row.status !== 'open') throw refuse(say('已被认领', 'already claimed'));
        await mustHaveReportedTo(c, member, row.community_org_id);
        return c.json(await service.claimCollected(db, whoOf(c), member, kind, row, clock.now()), 201);
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
      const rows = await memberClaims(db, c.get('city').id, member.id);
      return c.json({
        items: rows.map(claimListView),
      });
    },
  );

  // --- 服务确认 ---
  /** A record the asker may see: their own, or one whose community or member's org is in their scope. */
  async function loadRecord(c: C, id: number) {
    const row = await findRecord(db, c.get('city').id, id);
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
      const problem = recordInputProblem(b, todayOf(ctx), config.maxHoursPerRecord);
      if (problem) throw invalid(problem.detail, problem.field);
      let communityOrgId: number;
      if (b.claimId) {
        const claim = await findClaim(db, city.id, b.claimId);
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
      const row = await service.submitRecord(
        db,
        whoOf(c),
        { ...b, memberId: member.id, communityOrgId, claimId: b.claimId ?? null },
        clock.now(),
      );
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
      const access = c.get('access');
      let q = recordBase(db, c.get('city').id);
      if (access.level === 'self') q = q.where('s.member_id', '=', c.get('actor').memberId ?? 0);
      else q = q.where(scopeCondition(c.get('access'), ['co.path', 'mo.path']));
      if (f.communityOrgId) q = q.where('s.community_org_id', '=', f.communityOrgId);
      if (f.memberId) q = q.where('s.member_id', '=', f.memberId);
      if (f.status) q = q.where('s.status', '=', f.status);
      const { rows, total } = await recordPage(q, f);
      const who = askerOf(c);
      return c.json({
        items: rows.map((r) => {
          const review = mayReviewService(who, { communityOrgId: r.community_org_id, status: r.status });
          return {
            ...recordView(r),
            actions: actionsFor({ confirm: review, reject: review }, c.get('locale')),
          };
        }),
        total: num(total),
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
      const now = clock.now();
      await service.confirmRecord(
        db,
        whoOf(c),
        row,
        { verifiedWith: b.verifiedWith, note: b.note ?? null },
        now,
      );
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
      const now = clock.now();
      await service.rejectRecord(db, whoOf(c), row, reason, now);
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
      const member = await loadMember(db, city.id, c.req.valid('param').id, 'id').catch(() => {
        throw notFound('member');
      });
      const self = c.get('actor').memberId === member.id;
      // The report community only matters when someone else sets the tags (the member may always set their own).
      const r =
        self || c.get('access').level === 'self'
          ? null
          : await reportedCommunity(db, city.id, member.id, currentPeriod());
      const reach = tagsReach(c.get('access'), self, member.org_path, r?.path ?? null);
      if (reach === 'forbidden') throw forbidden();
      if (reach === 'not_found') throw notFound('member');
      const tags = uniqueTags(c.req.valid('json').tags);
      const before = await memberTags(db, city.id, member.id);
      await service.setTags(db, whoOf(c), member.id, before, tags);
      return c.json({ memberId: member.id, tags });
    },
  );

  return app;
}
