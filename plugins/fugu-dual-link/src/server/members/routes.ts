import {
  describe,
  forbidden,
  idParam,
  inScope,
  invalid,
  isoDate,
  notFound,
  numOrNull,
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
import { FILE_KINDS } from '../../shared/terms';
import { activityCard } from '../activities/routes';
import { type C, type Ctx, cityId, config, TAG } from '../common';
import { hasPhoto } from '../registrations/queries';
import { registrationView } from '../registrations/rules';
import { scopeFor } from '../rules/routes';
import {
  budgetSchema,
  communitiesSchema,
  fileEntrySchema,
  memberFileSchema,
  meSchema,
  overviewSchema,
} from '../schemas';
import {
  communityOrgs,
  compoundsAndBuildings,
  fileRecords,
  findMember,
  memberAffiliations,
  memberAppraisals,
  memberCards,
  memberFlows,
  memberRegistrations,
  membersPerOrg,
} from './queries';
import { budget, compliance, compoundsOf, feedbackCardView, fileTimeline } from './rules';
import * as service from './service';

/** The HTTP side of the member views (both sides on one page), the member file, the budget and the communities. */

const fileBody = z.object({
  kind: z.enum(FILE_KINDS),
  onDate: isoDate,
  title: text(100),
  content: z.string().trim().max(2000).nullable().optional(),
  score: z.number().min(0).max(1000).nullable().optional(),
});
const budgetQuery = z.object({
  orgId: queryId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const communitiesQuery = z.object({ places: z.enum(['true', 'false']).default('false') });

export function memberRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** The member if the actor stands on either side (unit relation or a community they registered at) or is the member. */
  async function loadMember(c: C, memberId: number, asSelf = false) {
    const city = cityId(c);
    const m = await findMember(db, city, memberId);
    if (!m) throw notFound('member');
    const regs = await memberRegistrations(db, city, m.id);
    const access = c.get('access');
    const sides = {
      unit: inScope(access, m.org_path),
      community: regs.some((r) => inScope(access, r.community_path)),
      self: asSelf || (access.level === 'self' && access.memberId === m.id),
    };
    if (!sides.unit && !sides.community && !sides.self) throw notFound('member');
    return { m, regs, sides };
  }

  async function overview(c: C, memberId: number, asSelf = false) {
    const { m, regs, sides } = await loadMember(c, memberId, asSelf);
    const city = cityId(c);
    const t = todayOf(ctx);
    const current = regs.find((r) => ['sent', 'stamped', 'filed'].includes(r.status));
    const card = await activityCard(
      db,
      city,
      regs.map((r) => r.id),
    );
    const currentCard = current
      ? await activityCard(db, city, [current.id])
      : { activities: [], visits: [], practicalThings: [] };
    const [cards, appraisals, flows, photo, affiliations] = await Promise.all([
      memberCards(db, city, m.id),
      memberAppraisals(db, city, m.id),
      memberFlows(db, city, m.id),
      hasPhoto(db, city, m.id),
      memberAffiliations(db, city, m.id),
    ]);
    return {
      sides,
      member: {
        id: m.id,
        name: m.name,
        gender: m.gender,
        category: m.category,
        cadreRank: m.cadre_rank,
        occupation: m.occupation,
        skills: m.skills,
        joinedPartyOn: m.joined_party_on,
        active: m.active,
        residenceName: m.residence_name,
        hasPhoto: photo,
      },
      /** 组织关系: the unit's org manages the member as a Party member. */
      unitSide: { orgId: m.org_id, orgName: m.org_name, unitId: m.unit_id, unitName: m.unit_name },
      /** 活动在社区: the community manages the member's activity (eight hours outside work). */
      communitySide: current
        ? {
            registration: registrationView(current),
            postName: current.post_name,
            postCategory: current.post_category,
            partyGroupName: current.group_name,
            compliance: compliance(current, currentCard, t, config(c).practicalThingsPerYear),
          }
        : null,
      registrations: regs.map((r) => ({ ...registrationView(r), current: r.id === current?.id })),
      activityCard: card,
      feedbackCards: cards.map(feedbackCardView),
      appraisals: appraisals.map((a) => ({
        ...a,
        peerScore: numOrNull(a.peerScore),
        massScore: numOrNull(a.massScore),
        branchScore: numOrNull(a.branchScore),
        total: numOrNull(a.total),
      })),
      flows,
      affiliations,
    };
  }

  app.get(
    '/members/:id/overview',
    describe({
      summary: 'A member as both sides see them: unit relation and community activity, with the three cards',
      response: overviewSchema,
      responses: { 404: 'no such member in the actor’s scope' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      return c.json(await overview(c, c.req.valid('param').id));
    },
  );

  app.get(
    '/me',
    describe({
      summary: 'The signed-in member’s own dual-management record',
      response: meSchema,
      ...TAG,
    }),
    async (c) => {
      const memberId = c.get('actor').memberId;
      if (!memberId) return c.json({ member: null });
      return c.json(await overview(c, memberId, true));
    },
  );

  // 写实档案: meeting records, suggestion cards, events, study scores, documents, tasks, appraisals.
  app.get(
    '/members/:id/file',
    describe({
      summary: 'The member file (写实档案): entries written by either side plus the records the model keeps',
      response: memberFileSchema,
      responses: { 404: 'no such member in the actor’s scope' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { m, regs } = await loadMember(c, c.req.valid('param').id);
      const city = cityId(c);
      const { entries, appraisals, cards } = await fileRecords(db, city, m.id);
      const card = await activityCard(
        db,
        city,
        regs.map((r) => r.id),
      );
      const items = fileTimeline({
        entries,
        activities: card.activities,
        practicalThings: card.practicalThings,
        appraisals,
        cards,
        registrations: regs,
      });
      return c.json({ memberId: m.id, memberName: m.name, items });
    },
  );

  app.post(
    '/members/:id/file',
    describe({
      summary: 'Add an entry to the member file (unit or community side)',
      status: 201,
      response: fileEntrySchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', fileBody),
    async (c) => {
      requireOrgLevel(c);
      const { m, sides } = await loadMember(c, c.req.valid('param').id);
      if (!sides.unit && !sides.community) throw forbidden();
      const b = c.req.valid('json');
      if (b.onDate > todayOf(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'onDate');
      const row = await service.addFileEntry(db, whoOf(c), m.id, b);
      return c.json({ id: row.id, kind: row.kind, onDate: row.on_date, title: row.title }, 201);
    },
  );

  // 经费: 100 yuan per member a year for activities, 30 for training, per branch and in total.
  app.get(
    '/budget',
    describe({
      summary:
        'Activity and training budget per branch (per member per year, from the city’s config) and in total',
      response: budgetSchema,
      ...TAG,
    }),
    validate('query', budgetQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const scope = await scopeFor(db, c, f.orgId);
      const rows = await membersPerOrg(db, cityId(c), scope);
      const b = budget(rows, config(c));
      return c.json({
        year: f.year ?? Number(todayOf(ctx).slice(0, 4)),
        perMember: b.perMember,
        totals: b.totals,
        items: b.items,
      });
    },
  );

  app.get(
    '/communities',
    describe({
      summary:
        'Every community org of the city (any unit may send members there), optionally with compounds and buildings',
      response: communitiesSchema,
      ...TAG,
    }),
    validate('query', communitiesQuery),
    async (c) => {
      const city = cityId(c);
      const access = c.get('access');
      const orgs = await communityOrgs(db, city);
      const places = c.req.valid('query').places === 'true' ? await compoundsAndBuildings(db, city) : [];
      return c.json({
        items: orgs.map((o) => ({
          id: o.id,
          name: o.name,
          placeId: o.placeId,
          managed: inScope(access, o.path),
          ...(places.length ? { compounds: compoundsOf(o.placePath, places) } : {}),
        })),
      });
    },
  );

  return app;
}
