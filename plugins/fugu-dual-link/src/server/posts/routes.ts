import {
  conflict,
  describe,
  forbidden,
  idParam,
  inScope,
  invalid,
  isoDate,
  notFound,
  type PluginEnv,
  queryId,
  requireOrgLevel,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { CATEGORY_LABELS, POST_CATEGORIES } from '../../shared/terms';
import {
  type C,
  type Ctx,
  cityId,
  config,
  ENTITY,
  loadRegistration,
  managedCommunity,
  requireActive,
  requireCommunitySide,
  TAG,
} from '../common';
import type { FuguDb } from '../db';
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
import {
  changeRequests,
  communityGroups,
  communityMembers,
  currentAssignment,
  findChangeRequest,
  findGroup,
  findPost,
  pendingChangeRequest,
  postsWithLoad,
  registrationGroup,
} from './queries';
import { type GroupSizes, groupsSummary, rankPosts, unableLongEnough } from './rules';
import * as service from './service';

/** The HTTP side of posts (岗位), 换岗 and party groups (党小组): input, reach and answers. */

const postView = (p: {
  id: number;
  community_org_id: number;
  code: string | null;
  category: string;
  name: string;
  description: string | null;
  keywords: string;
  capacity: number | null;
  active: boolean;
  holders?: number;
}) => ({
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

/** A post in the actor's reach: else 404, or 400 naming `field` when the post was named in the body. */
async function loadPost(db: FuguDb, c: C, postId: number, field?: string) {
  const post = await findPost(db, cityId(c), postId);
  if (!post || !inScope(c.get('access'), post.path))
    throw field ? invalid(say('岗位不存在', 'no such post'), field) : notFound(ENTITY.post);
  return post;
}

async function loadGroup(db: FuguDb, c: C, groupId: number) {
  const group = await findGroup(db, cityId(c), groupId);
  if (!group || !inScope(c.get('access'), group.path)) throw notFound(ENTITY.group);
  return group;
}

/** A community's groups and its ungrouped members, each group checked against the configured sizes. */
export async function groupsOf(db: FuguDb, city: number, communityOrgId: number, cfg: GroupSizes) {
  const groups = await communityGroups(db, city, communityOrgId);
  const members = await communityMembers(db, city, communityOrgId);
  return groupsSummary(groups, members, cfg);
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
      requireOrgLevel(c);
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
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      return c.json(postView(await service.createPost(db, whoOf(c), org.id, b)), 201);
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
      requireOrgLevel(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      return c.json({ added: await service.addStandardPosts(db, whoOf(c), org.id) }, 201);
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
      requireOrgLevel(c);
      const post = await loadPost(db, c, c.req.valid('param').id);
      return c.json(postView(await service.updatePost(db, whoOf(c), post, c.req.valid('json'))));
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
      return c.json({
        items: rankPosts(reg, posts).map((p) => ({ ...postView(p), score: p.score, full: p.full })),
      });
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
      const id = await service.assignPost(db, whoOf(c), todayOf(ctx), reg, post);
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
      requireOrgLevel(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      return c.json(await service.autoAssign(db, whoOf(c), todayOf(ctx), org.id));
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
      if (!unableLongEnough(b.unableFrom, b.unableUntil))
        throw invalid(
          say('不能履职不足半年，无需调整岗位', 'under half a year: no change of post needed'),
          'unableUntil',
        );
      const city = cityId(c);
      const current = await currentAssignment(db, city, reg.id);
      if (!current) throw conflict(say('该党员目前没有岗位', 'the member holds no post'), 'id');
      if (await pendingChangeRequest(db, city, reg.id))
        throw conflict(say('已有待处理的换岗申请', 'a request is already pending'), 'id');
      const row = await service.createChangeRequest(db, whoOf(c), reg, current.id, b);
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
      requireOrgLevel(c);
      return c.json({ items: await changeRequests(db, cityId(c), c.get('access'), c.req.valid('query')) });
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
      const request = await findChangeRequest(db, cityId(c), c.req.valid('param').id);
      if (!request) throw notFound(ENTITY.request);
      const { reg, sides } = await loadRegistration(db, c, request.registration_id).catch(() => {
        throw notFound(ENTITY.request);
      });
      if (!sides.community) throw forbidden();
      if (request.status !== 'pending') throw conflict(say('申请已处理', 'already decided'), 'status');
      const b = c.req.valid('json');
      const newPost = b.approve && b.newPostId ? await loadPost(db, c, b.newPostId, 'newPostId') : undefined;
      if (newPost) await service.checkNewPost(db, whoOf(c), reg, request.assignment_id, newPost);
      const status = await service.decideChangeRequest(db, whoOf(c), todayOf(ctx), request.id, reg, {
        approve: b.approve,
        newPost,
        note: b.note,
      });
      return c.json({ id: request.id, status });
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
      requireOrgLevel(c);
      const org = await managedCommunity(db, c, c.req.valid('query').communityOrgId, 'communityOrgId');
      return c.json(await groupsOf(db, cityId(c), org.id, config(c)));
    },
  );

  app.post(
    '/party-groups',
    describe({ summary: 'Create an empty party group', status: 201, response: groupSchema, ...TAG }),
    validate('json', groupBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const org = await managedCommunity(db, c, b.communityOrgId, 'communityOrgId');
      const row = await service.createGroup(db, whoOf(c), org.id, b);
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
      requireOrgLevel(c);
      const org = await managedCommunity(db, c, c.req.valid('json').communityOrgId, 'communityOrgId');
      return c.json({ created: await service.formGroupsAudited(db, whoOf(c), org.id, config(c)) }, 201);
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
      requireOrgLevel(c);
      const group = await loadGroup(db, c, c.req.valid('param').id);
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('json').registrationId).catch(() => {
        throw invalid(say('登记不存在', 'no such registration'), 'registrationId');
      });
      requireCommunitySide(sides);
      requireActive(reg);
      const size = await service.joinGroup(db, whoOf(c), group, reg, config(c).partyGroupMax);
      return c.json({ ok: true, size }, 201);
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
      requireOrgLevel(c);
      const { id, registrationId } = c.req.valid('param');
      const group = await loadGroup(db, c, id);
      const reg = await registrationGroup(db, cityId(c), registrationId);
      if (!reg || reg.party_group_id !== group.id) throw notFound(ENTITY.registration);
      await service.leaveGroup(db, whoOf(c), group.id, reg.id);
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
      requireOrgLevel(c);
      const group = await loadGroup(db, c, c.req.valid('param').id);
      const reg = await registrationGroup(db, cityId(c), c.req.valid('json').registrationId);
      if (!reg || reg.party_group_id !== group.id)
        throw invalid(say('组长须是本小组成员', 'the leader must be in the group'), 'registrationId');
      await service.setLeader(db, whoOf(c), group, reg.id);
      return c.json({ ok: true });
    },
  );

  return app;
}
