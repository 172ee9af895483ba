import { describe, forbidden, idParam, notFound, type PluginEnv, validate } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { addMonths, quarterOf, yearSpan } from '../../shared/dates';
import { FILE_KINDS } from '../../shared/terms';
import { activityCard } from '../activities/routes';
import {
  audit,
  type C,
  type Ctx,
  cityId,
  COMMUNITY_KINDS,
  config,
  inScope,
  invalid,
  isoDate,
  num,
  queryId,
  type RegistrationRow,
  registrationQuery,
  requireAdmin,
  S,
  TAG,
  text,
  today,
  say,
} from '../common';
import { registrationView } from '../registrations/rules';
import { scopeFor } from '../rules/routes';
import {
  budgetSchema,
  communitiesSchema,
  fileEntrySchema,
  memberFileSchema,
  overviewSchema,
} from '../schemas';
import type { Config } from '../../manifest';

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
    const m = await db
      .selectFrom('core.member as m')
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
      )
      .leftJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .leftJoin('core.place as pl', (j) =>
        j.onRef('pl.city_id', '=', 'm.city_id').onRef('pl.id', '=', 'm.residence_place_id'),
      )
      .select([
        'm.id',
        'm.name',
        'm.gender',
        'm.category',
        'm.cadre_rank',
        'm.org_id',
        'o.name as org_name',
        'o.path as org_path',
        'm.unit_id',
        'u.name as unit_name',
        'm.occupation',
        'm.skills',
        'm.joined_party_on',
        'm.active',
        'pl.name as residence_name',
      ])
      .where('m.city_id', '=', city)
      .where('m.id', '=', memberId)
      .executeTakeFirst();
    if (!m) throw notFound('member');
    const regs = (await registrationQuery(db, city)
      .leftJoin('core.place as pl', (j) =>
        j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
      )
      .leftJoin(`${S}.party_group as g`, (j) =>
        j.onRef('g.city_id', '=', 'r.city_id').onRef('g.id', '=', 'r.party_group_id'),
      )
      .leftJoin(`${S}.post_assignment as a`, (j) =>
        j
          .onRef('a.city_id', '=', 'r.city_id')
          .onRef('a.registration_id', '=', 'r.id')
          .on('a.until', 'is', null),
      )
      .leftJoin(`${S}.post as p`, (j) =>
        j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'),
      )
      .select([
        'pl.name as place_name',
        'g.name as group_name',
        'p.name as post_name',
        'p.category as post_category',
      ])
      .where('r.member_id', '=', m.id)
      .orderBy('r.id', 'desc')
      .execute()) as (RegistrationRow & {
      place_name: string | null;
      group_name: string | null;
      post_name: string | null;
      post_category: string | null;
    })[];
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
    const t = today(ctx);
    const current = regs.find((r) => ['sent', 'stamped', 'filed'].includes(r.status));
    const q = quarterOf(t);
    const y = yearSpan(Number(t.slice(0, 4)));
    const regIds = regs.map((r) => r.id);
    const card = await activityCard(db, city, regIds);
    const inCurrent = (id: number) => current && id === current.id;
    const currentCard = current
      ? await activityCard(db, city, [current.id])
      : { activities: [], visits: [], practicalThings: [] };
    const lastSeen = [
      current?.stamped_on,
      ...currentCard.activities.map((a: any) => a.heldOn),
      ...currentCard.visits.map((v: any) => v.visitedOn),
      ...currentCard.practicalThings.map((p: any) => p.doneOn),
    ]
      .filter((d): d is string => !!d && d <= t)
      .sort()
      .pop();
    const [cards, appraisals, flows, photo, affiliations] = await Promise.all([
      db
        .selectFrom(`${S}.feedback_card as f`)
        .innerJoin('core.org as co', (j) =>
          j.onRef('co.city_id', '=', 'f.city_id').onRef('co.id', '=', 'f.community_org_id'),
        )
        .select([
          'f.id',
          'f.kind',
          'f.period_key as periodKey',
          'co.name as communityName',
          'f.overall',
          'f.ratings',
          'f.comment',
          'f.sent_on as sentOn',
          'f.due_on as dueOn',
          'f.activities',
          'f.visits',
          'f.practical_things as practicalThings',
        ])
        .select((eb) =>
          eb
            .selectFrom(`${S}.feedback_delivery as d`)
            .select(sql<string>`string_agg(d.recipient, ',' order by d.recipient)`.as('r'))
            .whereRef('d.city_id', '=', 'f.city_id')
            .whereRef('d.card_id', '=', 'f.id')
            .as('recipients'),
        )
        .where('f.city_id', '=', city)
        .where('f.member_id', '=', m.id)
        .orderBy('f.period_to', 'desc')
        .execute(),
      db
        .selectFrom(`${S}.appraisal`)
        .select([
          'id',
          'year',
          'peer_score as peerScore',
          'mass_score as massScore',
          'branch_score as branchScore',
          'total',
          'grade',
        ])
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .orderBy('year', 'desc')
        .execute(),
      db
        .selectFrom(`${S}.flow_record`)
        .select([
          'id',
          'direction',
          'place_text as placeText',
          'started_on as startedOn',
          'expected_return_on as expectedReturnOn',
          'card_no as cardNo',
          'status',
          'ended_on as endedOn',
        ])
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .orderBy('id', 'desc')
        .execute(),
      db
        .selectFrom(`${S}.member_photo`)
        .select('mime')
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .executeTakeFirst(),
      db
        .selectFrom('core.member_affiliation as a')
        .leftJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.org_id'),
        )
        .leftJoin('core.place as p', (j) =>
          j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.place_id'),
        )
        .select(['a.id', 'a.kind', 'o.name as orgName', 'p.name as placeName', 'a.since', 'a.until'])
        .where('a.city_id', '=', city)
        .where('a.member_id', '=', m.id)
        .orderBy('a.id', 'desc')
        .execute(),
    ]);
    const visitsThisQuarter = currentCard.visits.filter(
      (v: any) => v.visitedOn >= q.from && v.visitedOn <= t,
    ).length;
    const stampedThisQuarter = !!current?.stamped_on && current.stamped_on >= q.from;
    const thingsThisYear = currentCard.practicalThings.filter(
      (p: any) => p.doneOn >= y.from && p.doneOn <= t,
    ).length;
    const cfg = config(c);
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
        hasPhoto: !!photo,
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
            compliance: {
              quarter: q.key,
              reportedThisQuarter: visitsThisQuarter > 0 || stampedThisQuarter,
              visitsThisQuarter,
              practicalThingsThisYear: thingsThisYear,
              practicalThingsRequired: cfg.practicalThingsPerYear,
              lastSeen: lastSeen ?? null,
              absentHalfYear:
                ['stamped', 'filed'].includes(current.status) && !!lastSeen && lastSeen < addMonths(t, -6),
            },
          }
        : null,
      registrations: regs.map((r) => ({ ...registrationView(r), current: !!inCurrent(r.id) })),
      activityCard: card,
      feedbackCards: cards.map((f: any) => ({
        ...f,
        onTime: f.sentOn <= f.dueOn,
        recipients: f.recipients ? String(f.recipients).split(',') : [],
      })),
      appraisals: appraisals.map((a: any) => ({
        ...a,
        peerScore: num(a.peerScore),
        massScore: num(a.massScore),
        branchScore: num(a.branchScore),
        total: num(a.total),
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
      response: overviewSchema,
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
      const entries = await db
        .selectFrom(`${S}.file_entry`)
        .select(['id', 'kind', 'on_date as onDate', 'title', 'content', 'score'])
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .execute();
      const card = await activityCard(
        db,
        city,
        regs.map((r) => r.id),
      );
      const appraisals = await db
        .selectFrom(`${S}.appraisal`)
        .select(['id', 'year', 'total', 'grade'])
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .execute();
      const cards = await db
        .selectFrom(`${S}.feedback_card`)
        .select(['id', 'kind', 'period_key', 'sent_on', 'overall'])
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .execute();
      const items = [
        ...entries.map((e: any) => ({ ...e, score: num(e.score), source: 'entry' })),
        ...card.activities.map((a: any) => ({
          id: `a${a.id}`,
          kind: 'event',
          onDate: a.heldOn,
          title: `${a.communityName}：${a.title}`,
          content: null,
          score: null,
          source: 'activity',
        })),
        ...card.practicalThings.map((p: any) => ({
          id: `p${p.id}`,
          kind: 'task',
          onDate: p.doneOn,
          title: `为社区办实事：${p.title}`,
          content: p.description,
          score: null,
          source: 'practical_thing',
        })),
        ...appraisals.map((a: any) => ({
          id: `y${a.id}`,
          kind: 'appraisal',
          onDate: `${a.year}-12-31`,
          title: `${a.year} 年度考核评议`,
          content: a.grade,
          score: num(a.total),
          source: 'appraisal',
        })),
        ...cards.map((f: any) => ({
          id: `f${f.id}`,
          kind: 'appraisal',
          onDate: f.sent_on,
          title: `社区表现反馈卡 ${f.period_key}`,
          content: f.overall,
          score: null,
          source: 'feedback_card',
        })),
        ...regs
          .filter((r) => r.stamped_on)
          .map((r) => ({
            id: `r${r.id}`,
            kind: 'event',
            onDate: r.stamped_on,
            title: `到${r.community_name}报到`,
            content: r.letter_no,
            score: null,
            source: 'registration',
          })),
      ].sort((a: any, b: any) => (a.onDate < b.onDate ? 1 : a.onDate > b.onDate ? -1 : 0));
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
      requireAdmin(c);
      const { m, sides } = await loadMember(c, c.req.valid('param').id);
      if (!sides.unit && !sides.community) throw forbidden();
      const b = c.req.valid('json');
      if (b.onDate > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'onDate');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.file_entry`)
          .values({
            city_id: cityId(c),
            member_id: m.id,
            kind: b.kind,
            on_date: b.onDate,
            title: b.title,
            content: b.content ?? null,
            score: b.score ?? null,
            recorded_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'file_entry', row.id, null, row);
        return row;
      });
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
      requireAdmin(c);
      const f = c.req.valid('query');
      const scope = await scopeFor(db, c, f.orgId);
      const cfg = config(c);
      const scopeSql =
        scope === null
          ? sql`true`
          : scope.length
            ? sql`(${sql.join(
                scope.map((p) => sql`o.path like ${`${p}%`}`),
                sql` or `,
              )})`
            : sql`false`;
      const r =
        await sql<any>`select o.id as "orgId", o.name as "orgName", o.kind, p.name as "parentName", count(m.id)::int as members
      from core.member m
      join core.org o on o.city_id = m.city_id and o.id = m.org_id
      left join core.org p on p.city_id = o.city_id and p.id = o.parent_id
      where m.city_id = ${cityId(c)} and m.active and ${scopeSql}
      group by o.id, o.name, o.kind, p.name order by count(m.id) desc, o.id`.execute(db);
      const items = r.rows.map((x: any) => ({
        ...x,
        activityFund: x.members * cfg.activityFundPerMember,
        trainingFund: x.members * cfg.trainingFundPerMember,
        total: x.members * (cfg.activityFundPerMember + cfg.trainingFundPerMember),
      }));
      const members = items.reduce((s: number, x: any) => s + x.members, 0);
      return c.json({
        year: f.year ?? Number(today(ctx).slice(0, 4)),
        perMember: { activity: cfg.activityFundPerMember, training: cfg.trainingFundPerMember },
        totals: {
          branches: items.length,
          members,
          activityFund: members * cfg.activityFundPerMember,
          trainingFund: members * cfg.trainingFundPerMember,
          total: members * (cfg.activityFundPerMember + cfg.trainingFundPerMember),
        },
        items,
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
      const orgs = await db
        .selectFrom('core.org as o')
        .leftJoin('core.place as p', (j) =>
          j.onRef('p.city_id', '=', 'o.city_id').onRef('p.id', '=', 'o.place_id'),
        )
        .select(['o.id', 'o.name', 'o.path', 'o.place_id as placeId', 'p.path as placePath'])
        .where('o.city_id', '=', city)
        .where('o.kind', 'in', COMMUNITY_KINDS)
        .where('o.active', '=', true)
        .orderBy('o.id')
        .execute();
      let places: any[] = [];
      if (c.req.valid('query').places === 'true')
        places = await db
          .selectFrom('core.place')
          .select(['id', 'name', 'kind', 'parent_id as parentId', 'path'])
          .where('city_id', '=', city)
          .where('kind', 'in', ['compound', 'building'])
          .orderBy('id')
          .execute();
      return c.json({
        items: orgs.map((o: any) => {
          const compounds = o.placePath
            ? places
                .filter((p) => p.kind === 'compound' && p.path.startsWith(o.placePath))
                .map((p) => ({
                  id: p.id,
                  name: p.name,
                  buildings: places
                    .filter((b) => b.kind === 'building' && b.parentId === p.id)
                    .map((b) => ({ id: b.id, name: b.name })),
                }))
            : [];
          return {
            id: o.id,
            name: o.name,
            placeId: o.placeId,
            managed: inScope(access, o.path),
            ...(places.length ? { compounds } : {}),
          };
        }),
      });
    },
  );

  return app;
}
