import { actionsSchema, itemsOf, okSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { count, date, gradeName, id, L, localized, paged, registrationSchema } from './schema-parts';
import { FLAG_KINDS, GRADES } from '../shared/terms';

/**
 * The shapes of this plugin's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. openapi.test.ts checks real answers against them.
 */
// The members' side (feedback, flowing members, decisions, a member's file, budget, posts, groups) is in
// member-schemas.ts; both build on schema-parts.ts. Routes import every answer shape from here.
export * from './member-schemas';
export { activityCardSchema, registrationSchema } from './schema-parts';

export { okSchema };
export const createdIdSchema = L({ id });
const city = z.object({ code: z.string(), name: z.string() });

const registrationActions = actionsSchema(['stamp']);
export const registrationListSchema = paged(
  registrationSchema.extend({ actions: registrationActions }),
).extend({
  statusCounts: z.record(z.string(), count),
});
export const registrationDetailSchema = registrationSchema.extend({
  actions: registrationActions,
  hasPhoto: z.boolean(),
  history: z.array(z.unknown()),
});
export const movedSchema = L({
  closedId: id,
  newRegistrationId: id,
  newRegistration: registrationSchema.nullable(),
});

const boardMember = L({
  registrationId: id,
  name: z.string(),
  placeName: z.string(),
  unitName: z.string().nullable(),
  commitment: z.string().nullable(),
  postName: z.string().nullable(),
  postCategory: z.string().nullable(),
  photo: z.string().nullable().meta({ description: 'path of the photo under the board routes, when shown' }),
});
const boardListItem = L({
  communityPlaceId: id,
  communityName: z.string(),
  placeId: id,
  placeName: z.string(),
  kind: z.string(),
  listed: count,
});
export const boardListSchema = L({ items: z.array(boardListItem) });
export const publicBoardListSchema = boardListSchema.extend({ city });
const board = L({
  place: L({ id, name: z.string(), kind: z.string(), parentName: z.string().nullable() }),
  community: L({ id, name: z.string() }).nullable(),
  members: z.array(boardMember),
  printedOn: date,
});
export const boardSchema = board.extend({ registered: count, notListed: count });
export const publicBoardSchema = board.extend({ city });

const stepProgress = L({
  step: z.string(),
  deadline: date.nullable(),
  total: count,
  done: count,
  onTime: count,
  overdue: count,
  rate: z.number().nullable(),
});
export const campaignListSchema = itemsOf(
  L({ id, name: z.string(), startedOn: date, steps: z.array(stepProgress) }),
);
export const campaignCreatedSchema = L({ id, orgs: count.meta({ description: 'orgs that take part' }) });
export const campaignDetailSchema = L({
  id,
  name: z.string(),
  startedOn: date,
  deadlines: z.record(z.string(), date),
  steps: z.array(stepProgress),
  orgs: z.array(
    L({
      orgId: id,
      orgName: z.string(),
      kind: z.string(),
      steps: z
        .record(
          z.string(),
          L({
            deadline: date,
            doneOn: date.nullable(),
            note: z.string().nullable(),
            state: z.enum(['done', 'late', 'overdue', 'open']),
          }),
        )
        .meta({ description: 'by step, the steps the org has' }),
    }),
  ),
  inspectionGroups: z.array(
    L({
      id,
      name: z.string(),
      leader: z.string(),
      members: z.string().nullable(),
      centreId: id,
      centreName: z.string(),
      steps: z.array(stepProgress),
      records: z.array(L({ id, orgName: z.string(), visitedOn: date, findings: z.string() })),
    }),
  ),
});
export const deadlineSchema = L({ ok: z.literal(true), deadline: date });
export const stepDoneSchema = L({ ok: z.literal(true), doneOn: date });
export const centresSchema = itemsOf(L({ id, name: z.string() }));
export const centreCreatedSchema = L({ id, name: z.string(), communityOrgIds: z.array(id) });

const indicatorValue = z.discriminatedUnion('status', [
  L({
    status: z.literal('ok'),
    value: z.number(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
  }),
  L({ status: z.literal('not_applicable'), reason: z.string().optional() }),
]);
const grades = L({ year: count, counts: z.record(z.string(), count), total: count });
export const dashboardSchema = L({
  today: date,
  period: z.object({ from: date, to: date }),
  indicators: z.array(
    L({
      id: z.string(),
      meta: L({
        names: localized,
        definition: localized,
        unit: z.string(),
        direction: z.enum(['higher_is_better', 'lower_is_better']),
        period: z.string(),
      })
        .nullable()
        .meta({ description: 'a model-specific indicator’s words; null for one of core’s catalogue' }),
      value: indicatorValue,
    }),
  ),
  registrationsByCommunity: z.array(
    L({ orgId: id, orgName: z.string(), sent: count, stamped: count, filed: count }),
  ),
  flags: z.record(z.string(), count),
  grades: L({ lastYear: grades, thisYear: grades }),
  campaign: L({ id, name: z.string(), steps: z.array(stepProgress) }).nullable(),
});

export const flagsSchema = L({
  today: date,
  counts: z.record(z.string(), count),
  items: z.array(
    L({
      kind: z.enum(FLAG_KINDS),
      memberId: id.nullable(),
      memberName: z.string().nullable(),
      registrationId: id.nullable(),
      orgId: id,
      orgName: z.string(),
      unitOrgId: id.nullable().optional().meta({ description: 'the other side, when there is one' }),
      unitOrgName: z.string().nullable().optional(),
      since: date.nullable().optional(),
      detail: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  total: count,
});
export const rulesRunSchema = L({ notices: count, decisions: count }).meta({
  description: 'what was done: notices sent to units and lapses raised for branches',
});
export const noticesSchema = L({
  items: z.array(
    L({
      id,
      kind: z.string(),
      toOrgId: id.nullable().meta({ description: 'null: the dual-link office' }),
      toOrgName: z.string().nullable(),
      memberId: id.nullable(),
      memberName: z.string().nullable(),
      registrationId: id.nullable(),
      payload: z.record(z.string(), z.unknown()).nullable(),
      createdOn: date,
      readOn: date.nullable(),
    }),
  ),
  unread: count,
});

export const meetingSchema = L({
  id,
  communityOrgId: id,
  communityName: z.string(),
  quarterKey: z.string(),
  scheduledOn: date,
  agenda: z.string().nullable(),
  agendaSentOn: date.nullable(),
  heldOn: date.nullable(),
  minutes: z.string().nullable(),
  status: z.enum(['planned', 'agenda_sent', 'held']),
});
export const meetingDetailSchema = meetingSchema.extend({
  units: z.array(L({ orgId: id, name: z.string(), attended: z.boolean() })),
});

const weights = z.object({ peer: z.number(), mass: z.number(), branch: z.number() }).meta({
  description: 'percent weights of the peers’, residents’ and branch’s scores',
});
const thresholds = z.object({ excellent: z.number(), qualified: z.number(), basic: z.number() });
export const appraisalSchema = L({
  id,
  memberId: id,
  year: count,
  created: z.boolean().meta({ description: 'true when this was the member’s first appraisal of the year' }),
  weights,
  total: z.number(),
  grade: z.enum(GRADES),
});
const rating = z.string().meta({ description: 'the community’s overall word: good, fair or poor' });
export const appraisalListSchema = paged(
  L({
    id,
    memberId: id,
    memberName: z.string(),
    cadreRank: z.string(),
    branchName: z.string(),
    peerScore: z.number().nullable(),
    massScore: z.number().nullable(),
    branchScore: z.number().nullable(),
    total: z.number().nullable(),
    grade: gradeName,
    note: z.string().nullable(),
    communityOverall: rating.nullable(),
  }),
).extend({
  distribution: grades,
  weights,
  thresholds,
});
export const distributionSchema = grades;
export const unitViewSchema = L({
  year: count,
  summary: L({ members: count, registered: count, reportedThisQuarter: count, awardsEligible: count }).meta({
    description: 'over every in-service member in scope, not only this page',
  }),
  items: z.array(
    L({
      memberId: id,
      memberName: z.string(),
      cadreRank: z.string(),
      orgId: id,
      orgName: z.string(),
      registrationId: id.nullable(),
      status: z.string().nullable(),
      communityName: z.string().nullable(),
      visits: count,
      visitsThisQuarter: count,
      practicalThings: count,
      activities: count,
      communityOverall: rating.nullable(),
      halfYearCards: count,
      grade: gradeName.nullable(),
      total: z.number().nullable(),
      linkage: z.object({
        awardsEligible: z.boolean(),
        cadreOpinionNeeded: z.boolean(),
        communityOpinion: rating.nullable(),
      }),
    }),
  ),
  total: count,
  page: count,
  pageSize: count,
});

export const activityListSchema = itemsOf(
  L({
    id,
    kind: z.string(),
    title: z.string(),
    heldOn: date,
    location: z.string().nullable(),
    description: z.string().nullable(),
    participants: count,
  }),
);
export const activityCreatedSchema = L({ id, participants: count });
export const activityDetailSchema = L({
  id,
  kind: z.string(),
  title: z.string(),
  heldOn: date,
  communityOrgId: id,
  participants: z.array(L({})),
});
export const addedSchema = L({ added: count });
export const visitSchema = L({ id, visitedOn: date });
export const practicalThingSchema = L({ id, doneOn: date, title: z.string() });

export const meetingListSchema = itemsOf(meetingSchema);
