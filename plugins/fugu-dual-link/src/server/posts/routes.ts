import { describe, forbidden, idParam, notFound, type PluginEnv, validate } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import { addMonths } from '../../shared/dates';
import {
  CATEGORY_KEYWORDS,
  CATEGORY_LABELS,
  POST_CATEGORIES,
  type PostCategory,
  STANDARD_POSTS,
} from '../../shared/terms';
import {
  ACTIVE,
  audit,
  type C,
  type Ctx,
  cityId,
  config,
  conflictOn,
  ENTITY,
  inScope,
  invalid,
  isoDate,
  loadRegistration,
  managedCommunity,
  notify,
  queryId,
  type RegistrationRow,
  requireActive,
  requireAdmin,
  requireCommunitySide,
  S,
  TAG,
  text,
  today,
  say,
} from '../common';
import {
  addedSchema,
  assignedSchema,
  autoAssignedSchema,
  groupSchema,
  groupSizeSchema,
  groupsFormedSchema,
  groupsSchema,
  okSchema,
  postListSchema,
  postSchema,
  requestSchema,
  requestsSchema,
  suggestionsSchema,
} from '../schemas';
import type { FuguDb, PostAssignmentTable } from '../db';
import type { Config } from '../../manifest';
import type { Insertable } from 'kysely';

interface PostRow {
  id: number;
  community_org_id: number;
  category: PostCategory;
  name: string;
  keywords: string;
  capacity: number | null;
  active: boolean;
}

/** How well a member's skills and occupation fit a post: category words count 1, the post's own words 2. */
export function matchScore(
  skills: string | null,
  occupation: string | null,
  post: Pick<PostRow, 'category' | 'keywords'>,
): number {
  const hay = `${skills ?? ''} ${occupation ?? ''}`;
  if (!hay.trim()) return 0;
  let score = 0;
  for (const w of CATEGORY_KEYWORDS[post.category] ?? []) if (hay.includes(w)) score += 1;
  for (const w of post.keywords.split(/[,，\s]+/).filter(Boolean)) if (hay.includes(w)) score += 2;
  return score;
}

async function postsWithLoad(db: FuguDb, city: number, communityOrgId: number) {
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
  return rows.map((r: any) => ({ ...r, holders: Number(r.holders) }));
}

const postView = (p: any) => ({
  id: p.id,
  communityOrgId: p.community_org_id,
  code: p.code,
  category: p.category,
  name: p.name,
  description: p.description,
  keywords: p.keywords,
  capacity: p.capacity,
  active: p.active,
  holders: p.holders ?? 0,
});

/** Best post by skills among those with room; ties go to the emptier post. */
export function bestPost(
  reg: { skills: string | null; occupation: string | null },
  posts: (PostRow & { holders: number })[],
) {
  let best: { post: PostRow & { holders: number }; score: number } | undefined;
  for (const post of posts) {
    if (!post.active || (post.capacity != null && post.holders >= post.capacity)) continue;
    const score = matchScore(reg.skills, reg.occupation, post);
    if (!best || score > best.score || (score === best.score && post.holders < best.post.holders))
      best = { post, score };
  }
  return best;
}

async function assign(
  trx: FuguDb,
  c: C,
  ctx: Ctx,
  reg: RegistrationRow,
  post: PostRow,
  reason: 'skills' | 'manual' | 'change',
  score: number,
) {
  const city = cityId(c);
  const on = today(ctx);
  await trx
    .updateTable(`${S}.post_assignment`)
    .set({ until: on })
    .where('city_id', '=', city)
    .where('registration_id', '=', reg.id)
    .where('until', 'is', null)
    .execute();
  const row = await trx
    .insertInto(`${S}.post_assignment`)
    .values({
      city_id: city,
      registration_id: reg.id,
      post_id: post.id,
      since: on,
      reason,
      match_score: score,
      assigned_by: c.get('actor').userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, c, 'assign', 'post_assignment', row.id, null, {
    registrationId: reg.id,
    postId: post.id,
    reason,
    score,
  });
  return row.id as number;
}

async function loadPost(db: FuguDb, c: C, postId: number, field?: string) {
  const post = await db
    .selectFrom(`${S}.post as p`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'p.city_id').onRef('o.id', '=', 'p.community_org_id'),
    )
    .selectAll('p')
    .select('o.path')
    .where('p.city_id', '=', cityId(c))
    .where('p.id', '=', postId)
    .executeTakeFirst();
  if (!post || !inScope(c.get('access'), post.path))
    throw field ? invalid(say('岗位不存在', 'no such post'), field) : notFound(ENTITY.post);
  return post as PostRow & { path: string };
}

const createPost = z.object({
  communityOrgId: z.number().int().positive(),
  category: z.enum(POST_CATEGORIES),
  name: text(40),
  description: z.string().trim().max(300).nullable().optional(),
  keywords: z.string().trim().max(200).optional(),
  capacity: z.number().int().positive().max(500).nullable().optional(),
});
const updatePost = createPost
  .omit({ communityOrgId: true })
  .partial()
  .extend({ active: z.boolean().optional() });
const communityBody = z.object({ communityOrgId: z.number().int().positive() });
const communityQuery = z.object({ communityOrgId: queryId });
const assignBody = z.object({ postId: z.number().int().positive() });
const changeBody = z.object({ reason: text(300), unableFrom: isoDate, unableUntil: isoDate });
const decideBody = z.object({
  approve: z.boolean(),
  newPostId: z.number().int().positive().nullable().optional(),
  note: z.string().trim().max(300).optional(),
});
const groupBody = z.object({
  communityOrgId: z.number().int().positive(),
  name: text(40),
  category: z.enum([...POST_CATEGORIES, 'mixed']),
});
const regBody = z.object({ registrationId: z.number().int().positive() });
const memberParam = z.object({
  id: z.coerce.number().int().positive(),
  registrationId: z.coerce.number().int().positive(),
});
const requestQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  communityOrgId: queryId.optional(),
});

export function postRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/posts',
    describe({
      summary: 'A community’s service and public-welfare posts, with how many members hold each',
      response: postListSchema,
      ...TAG,
    }),
    validate('query', communityQuery),
    async (c) => {
      requireAdmin(c);
      const org = await managedCommunity(db, c, c.req.valid('query').communityOrgId, 'communityOrgId');
      const posts = await postsWithLoad(db, cityId(c), org.id);
      return c.json({ items: posts.map(postView), categories: CATEGORY_LABELS });
    },
  );

  app.post(
    '/posts',
    describe({ summary: 'Add a post to a community', status: 201, response: postSchema, ...TAG }),
    validate('json', createPost),
    async (c) => {
      requireAdmin(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.post`)
          .values({
            city_id: cityId(c),
            community_org_id: org.id,
            category: b.category,
            name: b.name,
            description: b.description ?? null,
            keywords: b.keywords ?? '',
            capacity: b.capacity ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'post', row.id, null, row);
        return row;
      });
      return c.json(postView(row), 201);
    },
  );

  app.post(
    '/posts/standard',
    describe({
      summary:
        'Set up the 17 service posts (five categories) and the public-welfare list a community is missing',
      status: 201,
      response: addedSchema,
      ...TAG,
    }),
    validate('json', communityBody),
    async (c) => {
      requireAdmin(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      const city = cityId(c);
      const existing = new Set(
        (
          await db
            .selectFrom(`${S}.post`)
            .select('name')
            .where('city_id', '=', city)
            .where('community_org_id', '=', org.id)
            .execute()
        ).map((p: any) => p.name),
      );
      const rows = STANDARD_POSTS.filter((p) => !existing.has(p.name['zh-CN'])).map((p) => ({
        city_id: city,
        community_org_id: org.id,
        code: p.code,
        category: p.category,
        name: p.name['zh-CN'],
        description: p.name.en,
        keywords: p.keywords.join(','),
        capacity: null,
      }));
      if (rows.length)
        await db.transaction().execute(async (trx) => {
          await trx.insertInto(`${S}.post`).values(rows).execute();
          await audit(trx, c, 'create_standard', 'post', org.id, null, { added: rows.length });
        });
      return c.json({ added: rows.length }, 201);
    },
  );

  app.patch(
    '/posts/:id',
    describe({
      summary: 'Edit or retire a post',
      response: postSchema,
      responses: { 404: 'no such post' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', updatePost),
    async (c) => {
      requireAdmin(c);
      const post = await loadPost(db, c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const set: Record<string, unknown> = {};
      if (b.category !== undefined) set.category = b.category;
      if (b.name !== undefined) set.name = b.name;
      if (b.description !== undefined) set.description = b.description;
      if (b.keywords !== undefined) set.keywords = b.keywords;
      if (b.capacity !== undefined) set.capacity = b.capacity;
      if (b.active !== undefined) set.active = b.active;
      if (!Object.keys(set).length) throw invalid(say('没有要修改的内容', 'nothing to update'), '(body)');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable(`${S}.post`)
          .set(set)
          .where('city_id', '=', cityId(c))
          .where('id', '=', post.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'update', 'post', post.id, post, row);
        return row;
      });
      return c.json(postView(row));
    },
  );

  app.get(
    '/registrations/:id/post-suggestions',
    describe({
      summary: 'Posts ranked by how the member’s skills fit them',
      response: suggestionsSchema,
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireCommunitySide(sides);
      const posts = await postsWithLoad(db, cityId(c), reg.community_org_id);
      const ranked = posts
        .filter((p) => p.active)
        .map((p) => ({
          ...postView(p),
          score: matchScore(reg.skills, reg.occupation, p),
          full: p.capacity != null && p.holders >= p.capacity,
        }))
        .sort((a, b) => b.score - a.score || a.holders - b.holders);
      return c.json({ items: ranked });
    },
  );

  app.post(
    '/registrations/:id/assign-post',
    describe({
      summary: 'Assign the member to a post of their community (ends the previous one)',
      status: 201,
      response: assignedSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', assignBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireCommunitySide(sides);
      requireActive(reg, 'id');
      const post = await loadPost(db, c, c.req.valid('json').postId, 'postId');
      if (post.community_org_id !== reg.community_org_id)
        throw invalid(say('岗位不属于该党员报到的社区', 'the post belongs to another community'), 'postId');
      if (!post.active) throw conflictOn(say('岗位已停用', 'the post is retired'), 'postId');
      const [load] = (await postsWithLoad(db, cityId(c), reg.community_org_id)).filter(
        (p) => p.id === post.id,
      );
      if (post.capacity != null && (load?.holders ?? 0) >= post.capacity)
        throw conflictOn(say('岗位已满', 'the post is full'), 'postId');
      const id = await db
        .transaction()
        .execute((trx) =>
          assign(trx, c, ctx, reg, post, 'manual', matchScore(reg.skills, reg.occupation, post)),
        );
      return c.json({ assignmentId: id, postId: post.id }, 201);
    },
  );

  app.post(
    '/posts/auto-assign',
    describe({
      summary: 'Assign every registered member without a post to the post that best fits their skills',
      response: autoAssignedSchema,
      ...TAG,
    }),
    validate('json', communityBody),
    async (c) => {
      requireAdmin(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      const city = cityId(c);
      const posts = await postsWithLoad(db, city, org.id);
      if (!posts.some((p) => p.active))
        throw conflictOn(say('社区尚未设置岗位', 'the community has no posts yet'), 'communityOrgId');
      const regs = await db
        .selectFrom(`${S}.registration as r`)
        .select(['r.id', 'r.skills', 'r.occupation'])
        .where('r.city_id', '=', city)
        .where('r.community_org_id', '=', org.id)
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
      const on = today(ctx);
      const rows: Insertable<PostAssignmentTable>[] = [];
      for (const r of regs as any[]) {
        const best = bestPost(r, posts);
        if (!best) continue;
        best.post.holders += 1;
        rows.push({
          city_id: city,
          registration_id: r.id,
          post_id: best.post.id,
          since: on,
          reason: 'skills',
          match_score: best.score,
          assigned_by: c.get('actor').userId,
        });
      }
      if (rows.length)
        await db.transaction().execute(async (trx) => {
          await trx.insertInto(`${S}.post_assignment`).values(rows).execute();
          await audit(trx, c, 'auto_assign', 'post_assignment', org.id, null, { assigned: rows.length });
        });
      return c.json({ assigned: rows.length, unassigned: regs.length - rows.length });
    },
  );

  // 换岗: a member unable to serve for over half a year applies; the community decides.
  app.post(
    '/registrations/:id/change-requests',
    describe({
      summary: 'Apply to change post when unable to serve for over half a year',
      status: 201,
      response: requestSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', changeBody),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      requireActive(reg, 'id');
      const b = c.req.valid('json');
      if (b.unableUntil < addMonths(b.unableFrom, 6))
        throw invalid(
          say('不能履职不足半年，无需调整岗位', 'under half a year: no change of post needed'),
          'unableUntil',
        );
      const city = cityId(c);
      const current = await db
        .selectFrom(`${S}.post_assignment`)
        .select(['id', 'post_id'])
        .where('city_id', '=', city)
        .where('registration_id', '=', reg.id)
        .where('until', 'is', null)
        .executeTakeFirst();
      if (!current) throw conflictOn(say('该党员目前没有岗位', 'the member holds no post'), 'id');
      const pending = await db
        .selectFrom(`${S}.post_change_request`)
        .select('id')
        .where('city_id', '=', city)
        .where('registration_id', '=', reg.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (pending) throw conflictOn(say('已有待处理的换岗申请', 'a request is already pending'), 'id');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.post_change_request`)
          .values({
            city_id: city,
            registration_id: reg.id,
            assignment_id: current.id,
            reason: b.reason,
            unable_from: b.unableFrom,
            unable_until: b.unableUntil,
            created_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'post_change_request', row.id, null, row);
        return row;
      });
      return c.json({ id: row.id, status: row.status }, 201);
    },
  );

  app.get(
    '/change-requests',
    describe({
      summary: 'Post-change requests in the communities the actor manages',
      response: requestsSchema,
      ...TAG,
    }),
    validate('query', requestQuery),
    async (c) => {
      requireAdmin(c);
      const f = c.req.valid('query');
      const access = c.get('access');
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
        .leftJoin(`${S}.post as p`, (j) =>
          j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'),
        )
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
        .where('q.city_id', '=', cityId(c));
      if (access.level === 'orgs')
        q = q.where((eb) => eb.or(access.paths.map((p) => eb('co.path', 'like', `${p}%`))));
      if (f.status) q = q.where('q.status', '=', f.status);
      if (f.communityOrgId) q = q.where('r.community_org_id', '=', f.communityOrgId);
      return c.json({ items: await q.orderBy('q.id', 'desc').limit(500).execute() });
    },
  );

  app.post(
    '/change-requests/:id/decide',
    describe({
      summary:
        'The community approves (moving the member to a new post, or none) or rejects a change request',
      response: requestSchema,
      responses: { 404: 'no such request', 409: 'already decided' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', decideBody),
    async (c) => {
      const city = cityId(c);
      const request = await db
        .selectFrom(`${S}.post_change_request`)
        .selectAll()
        .where('city_id', '=', city)
        .where('id', '=', c.req.valid('param').id)
        .executeTakeFirst();
      if (!request) throw notFound(ENTITY.request);
      const { reg, sides } = await loadRegistration(db, c, request.registration_id).catch(() => {
        throw notFound(ENTITY.request);
      });
      if (!sides.community) throw forbidden();
      if (request.status !== 'pending') throw conflictOn(say('申请已处理', 'already decided'), 'status');
      const b = c.req.valid('json');
      let newPost: (PostRow & { path: string }) | undefined;
      if (b.approve && b.newPostId) {
        newPost = await loadPost(db, c, b.newPostId, 'newPostId');
        if (newPost.community_org_id !== reg.community_org_id)
          throw invalid(say('岗位不属于该社区', 'the post belongs to another community'), 'newPostId');
        if (request.assignment_id) {
          const cur = await db
            .selectFrom(`${S}.post_assignment`)
            .select('post_id')
            .where('city_id', '=', city)
            .where('id', '=', request.assignment_id)
            .executeTakeFirst();
          if (cur?.post_id === newPost.id) throw invalid(say('新岗位与原岗位相同', 'same post'), 'newPostId');
        }
      }
      const on = today(ctx);
      await db.transaction().execute(async (trx) => {
        if (b.approve) {
          // 交接岗: the old post ends today; the new one (if any) starts today.
          await trx
            .updateTable(`${S}.post_assignment`)
            .set({ until: on })
            .where('city_id', '=', city)
            .where('registration_id', '=', reg.id)
            .where('until', 'is', null)
            .execute();
          if (newPost)
            await assign(
              trx,
              c,
              ctx,
              reg,
              newPost,
              'change',
              matchScore(reg.skills, reg.occupation, newPost),
            );
          await notify(trx, city, {
            toOrgId: reg.unit_org_id,
            kind: 'post_change',
            memberId: reg.member_id,
            registrationId: reg.id,
            dedupeKey: `q${request.id}`,
            payload: { newPost: newPost?.name ?? null },
            on,
          });
        }
        await trx
          .updateTable(`${S}.post_change_request`)
          .set({
            status: b.approve ? 'approved' : 'rejected',
            new_post_id: newPost?.id ?? null,
            decided_on: on,
            decided_by: c.get('actor').userId,
            decision_note: b.note ?? null,
          })
          .where('city_id', '=', city)
          .where('id', '=', request.id)
          .execute();
        await audit(
          trx,
          c,
          'decide',
          'post_change_request',
          request.id,
          { status: 'pending' },
          { status: b.approve ? 'approved' : 'rejected', newPostId: newPost?.id ?? null },
        );
      });
      return c.json({ id: request.id, status: b.approve ? 'approved' : 'rejected' });
    },
  );

  // 党小组: one per 20–30 members of similar posts, with a group leader.
  app.get(
    '/party-groups',
    describe({
      summary: 'A community’s party groups, their size, leader and members',
      response: groupsSchema,
      ...TAG,
    }),
    validate('query', communityQuery),
    async (c) => {
      requireAdmin(c);
      const org = await managedCommunity(db, c, c.req.valid('query').communityOrgId, 'communityOrgId');
      return c.json(await groupsOf(db, cityId(c), org.id, config(c)));
    },
  );

  app.post(
    '/party-groups',
    describe({ summary: 'Create an empty party group', status: 201, response: groupSchema, ...TAG }),
    validate('json', groupBody),
    async (c) => {
      requireAdmin(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.party_group`)
          .values({ city_id: cityId(c), community_org_id: org.id, name: b.name, category: b.category })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'party_group', row.id, null, row);
        return row;
      });
      return c.json({ id: row.id, name: row.name, category: row.category }, 201);
    },
  );

  app.post(
    '/party-groups/form',
    describe({
      summary: 'Form party groups of 20–30 from members of similar posts who are in no group yet',
      status: 201,
      response: groupsFormedSchema,
      ...TAG,
    }),
    validate('json', communityBody),
    async (c) => {
      requireAdmin(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      const created = await db.transaction().execute(async (trx) => {
        const created = await formGroups(trx, cityId(c), org.id, config(c));
        await audit(trx, c, 'form', 'party_group', org.id, null, created);
        return created;
      });
      return c.json({ created }, 201);
    },
  );

  app.post(
    '/party-groups/:id/members',
    describe({
      summary: 'Add a registered member to a party group (up to the maximum size)',
      status: 201,
      response: groupSizeSchema,
      responses: { 409: 'the group is full or the member is in another group' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', regBody),
    async (c) => {
      requireAdmin(c);
      const group = await loadGroup(db, c, c.req.valid('param').id);
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('json').registrationId).catch(() => {
        throw invalid(say('登记不存在', 'no such registration'), 'registrationId');
      });
      requireCommunitySide(sides);
      requireActive(reg);
      if (reg.community_org_id !== group.community_org_id)
        throw invalid(
          say('党员不在该社区报到', 'the member registered at another community'),
          'registrationId',
        );
      if (reg.party_group_id === group.id)
        throw conflictOn(say('已在该党小组', 'already in this group'), 'registrationId');
      const size = await groupSize(db, cityId(c), group.id);
      const max = config(c).partyGroupMax;
      if (size >= max)
        throw conflictOn(
          say(`党小组已满 ${max} 人`, `the group already has ${max} members`),
          'registrationId',
        );
      await db.transaction().execute(async (trx) => {
        if (reg.party_group_id)
          await trx
            .updateTable(`${S}.party_group`)
            .set({ leader_registration_id: null })
            .where('city_id', '=', cityId(c))
            .where('id', '=', reg.party_group_id)
            .where('leader_registration_id', '=', reg.id)
            .execute();
        await trx
          .updateTable(`${S}.registration`)
          .set({ party_group_id: group.id })
          .where('city_id', '=', cityId(c))
          .where('id', '=', reg.id)
          .execute();
        await audit(
          trx,
          c,
          'join',
          'party_group',
          group.id,
          { groupId: reg.party_group_id },
          { registrationId: reg.id, groupId: group.id },
        );
      });
      return c.json({ ok: true, size: size + 1 }, 201);
    },
  );

  app.delete(
    '/party-groups/:id/members/:registrationId',
    describe({
      summary: 'Take a member out of a party group',
      response: okSchema,
      responses: { 404: 'not in this group' },
      ...TAG,
    }),
    validate('param', memberParam),
    async (c) => {
      requireAdmin(c);
      const { id, registrationId } = c.req.valid('param');
      const group = await loadGroup(db, c, id);
      const city = cityId(c);
      const reg = await db
        .selectFrom(`${S}.registration`)
        .select(['id', 'party_group_id'])
        .where('city_id', '=', city)
        .where('id', '=', registrationId)
        .executeTakeFirst();
      if (!reg || reg.party_group_id !== group.id) throw notFound(ENTITY.registration);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.party_group`)
          .set({ leader_registration_id: null })
          .where('city_id', '=', city)
          .where('id', '=', group.id)
          .where('leader_registration_id', '=', reg.id)
          .execute();
        await trx
          .updateTable(`${S}.registration`)
          .set({ party_group_id: null })
          .where('city_id', '=', city)
          .where('id', '=', reg.id)
          .execute();
        await audit(trx, c, 'leave', 'party_group', group.id, { registrationId: reg.id }, null);
      });
      return c.json({ ok: true });
    },
  );

  app.put(
    '/party-groups/:id/leader',
    describe({
      summary: 'Set the group leader (must be a member of the group)',
      response: okSchema,
      responses: { 400: 'not a member of the group' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', regBody),
    async (c) => {
      requireAdmin(c);
      const group = await loadGroup(db, c, c.req.valid('param').id);
      const regId = c.req.valid('json').registrationId;
      const reg = await db
        .selectFrom(`${S}.registration`)
        .select(['id', 'party_group_id', 'status'])
        .where('city_id', '=', cityId(c))
        .where('id', '=', regId)
        .executeTakeFirst();
      if (!reg || reg.party_group_id !== group.id)
        throw invalid(say('组长须是本小组成员', 'the leader must be in the group'), 'registrationId');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.party_group`)
          .set({ leader_registration_id: reg.id })
          .where('city_id', '=', cityId(c))
          .where('id', '=', group.id)
          .execute();
        await audit(
          trx,
          c,
          'leader',
          'party_group',
          group.id,
          { leader: group.leader_registration_id },
          { leader: reg.id },
        );
      });
      return c.json({ ok: true });
    },
  );

  return app;
}

async function loadGroup(db: FuguDb, c: C, groupId: number) {
  const group = await db
    .selectFrom(`${S}.party_group as g`)
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.community_org_id'),
    )
    .selectAll('g')
    .select('o.path')
    .where('g.city_id', '=', cityId(c))
    .where('g.id', '=', groupId)
    .executeTakeFirst();
  if (!group || !inScope(c.get('access'), group.path)) throw notFound(ENTITY.group);
  return group as {
    id: number;
    community_org_id: number;
    leader_registration_id: number | null;
    name: string;
    category: string;
    path: string;
  };
}

async function groupSize(db: FuguDb, city: number, groupId: number) {
  const r = await db
    .selectFrom(`${S}.registration`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('party_group_id', '=', groupId)
    .where('status', 'in', ACTIVE)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function groupsOf(
  db: FuguDb,
  city: number,
  communityOrgId: number,
  cfg: { partyGroupMin: number; partyGroupMax: number },
) {
  const groups = await db
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
  const members = await db
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
  const items = groups.map((g: any) => {
    const list = members.filter((m: any) => m.groupId === g.id);
    return {
      ...g,
      size: list.length,
      undersized: list.length < cfg.partyGroupMin,
      oversized: list.length > cfg.partyGroupMax,
      noLeader: !g.leaderRegistrationId,
      members: list,
    };
  });
  return {
    items,
    ungrouped: members.filter((m: any) => !m.groupId),
    min: cfg.partyGroupMin,
    max: cfg.partyGroupMax,
  };
}

/** Splits n into k near-equal parts. */
function split<T>(list: T[], k: number): T[][] {
  const out: T[][] = [];
  const base = Math.floor(list.length / k);
  let rest = list.length % k;
  let at = 0;
  for (let i = 0; i < k; i++) {
    const size = base + (rest-- > 0 ? 1 : 0);
    out.push(list.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * Members without a group, grouped by their post's category: each category of n members becomes ceil(n / max)
 * groups of near-equal size. Categories too small for a group of `min` are pooled into one mixed group.
 * The member with the most community activities leads each new group until the community names another.
 */
export function planGroups(
  members: { id: number; category: string | null; activities: number }[],
  cfg: { partyGroupMin: number; partyGroupMax: number },
) {
  const byCategory = new Map<string, { id: number; activities: number }[]>();
  for (const m of members) {
    const key = m.category ?? 'mixed';
    byCategory.set(key, [...(byCategory.get(key) ?? []), { id: m.id, activities: m.activities }]);
  }
  const batches: { category: string; members: { id: number; activities: number }[] }[] = [];
  const pool: { id: number; activities: number }[] = [];
  for (const [category, list] of byCategory) {
    if (category === 'mixed' || list.length < cfg.partyGroupMin) {
      pool.push(...list);
      continue;
    }
    for (const part of split(list, Math.ceil(list.length / cfg.partyGroupMax)))
      batches.push({ category, members: part });
  }
  if (pool.length)
    for (const part of split(pool, Math.max(1, Math.ceil(pool.length / cfg.partyGroupMax))))
      batches.push({ category: 'mixed', members: part });
  return batches
    .filter((b) => b.members.length)
    .map((b) => ({
      category: b.category,
      memberIds: b.members.map((m) => m.id),
      leaderId: [...b.members].sort((x, y) => y.activities - x.activities || x.id - y.id)[0]!.id,
    }));
}

export const groupName = (n: number, category: string) =>
  `第${n}党小组（${category === 'mixed' ? '综合' : CATEGORY_LABELS[category as PostCategory]['zh-CN']}）`;

export async function formGroups(
  trx: FuguDb,
  city: number,
  communityOrgId: number,
  cfg: { partyGroupMin: number; partyGroupMax: number },
) {
  const rows = await trx
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
  const plan = planGroups(
    rows.map((r: any) => ({ id: r.id, category: r.category ?? null, activities: Number(r.activities ?? 0) })),
    cfg,
  );
  const existing = await trx
    .selectFrom(`${S}.party_group`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('community_org_id', '=', communityOrgId)
    .executeTakeFirstOrThrow();
  let n = Number(existing.n);
  const created: { id: number; name: string; category: string; size: number }[] = [];
  for (const g of plan) {
    n += 1;
    const name = groupName(n, g.category);
    const group = await trx
      .insertInto(`${S}.party_group`)
      .values({
        city_id: city,
        community_org_id: communityOrgId,
        name,
        category: g.category,
        leader_registration_id: g.leaderId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable(`${S}.registration`)
      .set({ party_group_id: group.id })
      .where('city_id', '=', city)
      .where('id', 'in', g.memberIds)
      .execute();
    created.push({ id: group.id, name, category: g.category, size: g.memberIds.length });
  }
  return created;
}
