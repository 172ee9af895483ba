import { actionsSchema, itemsOf, okSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';

/**
 * The shapes of this plugin's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. openapi.test.ts checks real answers against them.
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const count = z.number().int();
const L = z.looseObject;
const paged = <T extends z.ZodType>(item: T) =>
  L({ items: z.array(item), total: count, page: count, pageSize: count });

export { okSchema };
export const createdIdSchema = L({ id });
const city = z.object({ code: z.string(), name: z.string() });

export const registrationSchema = L({
  id,
  letterNo: z.string().nullable(),
  memberId: id,
  memberName: z.string(),
  unitOrgId: id,
  unitOrgName: z.string(),
  communityOrgId: id,
  communityName: z.string(),
  residencePlaceId: id.nullable(),
  board: z.object({
    onBoard: z.boolean(),
    showPhoto: z.boolean(),
    showUnit: z.boolean(),
    showCommitment: z.boolean(),
    showPost: z.boolean(),
  }),
  status: z.string().meta({ description: 'sent, stamped, filed, returned or closed' }),
  sentOn: date,
  stampedOn: date.nullable(),
});
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
    L({ orgId: id, orgName: z.string(), kind: z.string(), steps: z.record(z.string(), z.unknown()) }),
  ),
  inspectionGroups: z.array(z.unknown()),
});
export const deadlineSchema = L({ ok: z.literal(true), deadline: date });
export const stepDoneSchema = L({ ok: z.literal(true), doneOn: date });
export const centresSchema = itemsOf(L({ id, name: z.string() }));
export const centreCreatedSchema = L({ id, name: z.string(), communityOrgIds: z.array(id) });

export const dashboardSchema = L({
  today: date,
  indicators: z.unknown(),
  registrationsByCommunity: z.array(z.unknown()),
  flags: z.record(z.string(), count),
  grades: L({ lastYear: z.unknown(), thisYear: z.unknown() }),
  campaign: L({ id, name: z.string(), steps: z.array(stepProgress) }).nullable(),
});

export const flagsSchema = L({
  today: date,
  counts: z.record(z.string(), count),
  items: z.array(L({})),
  total: count,
});
export const rulesRunSchema = L({}).meta({
  description: 'what was done: notices sent and lapses raised, by rule',
});
export const noticesSchema = L({ items: z.array(L({ id })), unread: count });

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
export const meetingDetailSchema = meetingSchema.extend({ units: z.array(L({})) });

const grades = L({ year: count, counts: z.record(z.string(), count), total: count });
export const appraisalSchema = L({
  id,
  memberId: id,
  year: count,
  created: z.boolean().meta({ description: 'true when this was the member’s first appraisal of the year' }),
  weights: z.record(z.string(), z.number()),
  total: z.number(),
  grade: z.enum(['excellent', 'qualified', 'basic', 'unqualified']),
});
export const appraisalListSchema = paged(L({ total: z.number().nullable() })).extend({
  distribution: grades,
  weights: z.record(z.string(), z.number()),
  thresholds: z.record(z.string(), z.number()),
});
export const distributionSchema = grades;
export const unitViewSchema = L({
  year: count,
  summary: L({ members: count, registered: count, reportedThisQuarter: count, awardsEligible: count }).meta({
    description: 'over every in-service member in scope, not only this page',
  }),
  items: z.array(L({ memberId: id, memberName: z.string(), orgName: z.string() })),
  total: count,
  page: count,
  pageSize: count,
});

export const activityListSchema = itemsOf(L({ id, participants: count }));
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
export const activityCardSchema = L({
  activities: z.array(L({})),
  visits: z.array(L({})),
  practicalThings: z.array(L({})),
});

export const feedbackCardSchema = L({ id, onTime: z.boolean(), deliveries: z.array(L({})) });
export const feedbackListSchema = paged(feedbackCardSchema);
export const feedbackDetailSchema = feedbackCardSchema.extend({ sides: z.unknown() });
export const sentSchema = L({ sent: count });
export const receivedSchema = L({ ok: z.literal(true), receivedOn: date });
export const feedbackStatusSchema = L({
  period: z.unknown(),
  kind: z.string(),
  dueOn: date,
  items: z.array(L({ missing: count })),
});

export const flowingListSchema = itemsOf(L({ transferSuggested: z.boolean(), lapsed: z.boolean() }));
export const flowingOutSchema = L({
  id,
  longTerm: z.boolean(),
  cardNo: z.string().nullable(),
  outcome: z.enum(['activity_card', 'transfer_relation']),
  transferPrompted: z.boolean(),
});
export const cardIssuedSchema = L({ id, cardNo: z.string() });
export const flowingStatusSchema = L({ id, status: z.string() });
export const incomingSchema = L({ id, branchOrgId: id, branchName: z.string() });
export const orgLifeSchema = L({ id, kind: z.string(), onDate: date });
export const decisionsSchema = itemsOf(L({ id }));
export const decisionSchema = L({ id, status: z.string() });

export const overviewSchema = L({}).meta({
  description:
    'the member, registration, cards, appraisals, flowing records and photo; `{ member: null }` on /me for a user who is no member',
});
export const memberFileSchema = L({
  memberId: id,
  memberName: z.string(),
  items: z.array(L({ kind: z.string(), onDate: date, title: z.string() })),
});
export const fileEntrySchema = L({ id, kind: z.string(), onDate: date, title: z.string() });
export const budgetSchema = L({
  year: count,
  perMember: L({ activity: z.number(), training: z.number() }),
  totals: L({
    branches: count,
    members: count,
    activityFund: z.number(),
    trainingFund: z.number(),
    total: z.number(),
  }),
  items: z.array(L({})),
});
export const communitiesSchema = itemsOf(
  L({ id, name: z.string(), placeId: id.nullable(), managed: z.boolean() }),
);

export const postSchema = L({
  id,
  communityOrgId: id,
  code: z.string().nullable(),
  category: z.string(),
  name: z.string(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
  holders: count,
});
export const postListSchema = L({ items: z.array(postSchema), categories: z.unknown() });
export const suggestionsSchema = itemsOf(L({}));
export const assignedSchema = L({ assignmentId: id, postId: id });
export const autoAssignedSchema = L({ assigned: count, unassigned: count });
export const requestSchema = L({ id, status: z.string() });
export const requestsSchema = itemsOf(L({ id }));
export const groupsSchema = L({
  items: z.array(L({ size: count, members: z.array(L({})) })),
  ungrouped: z.array(L({})),
  min: count,
  max: count,
});
export const groupSchema = L({ id, name: z.string(), category: z.string().nullable() });
export const groupsFormedSchema = L({ created: z.unknown() });
export const groupSizeSchema = L({ ok: z.literal(true), size: count });
export const meetingListSchema = itemsOf(meetingSchema);
