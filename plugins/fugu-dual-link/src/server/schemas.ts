import { actionsSchema, itemsOf, okSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';
import { FLAG_KINDS, GRADES } from '../shared/terms';

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
  cadreRank: z.string(),
  residencePlaceName: z.string().nullable(),
  address: z.string().nullable(),
  occupation: z.string().nullable(),
  skills: z.string().nullable(),
  commitment: z.string().nullable(),
  part1FiledOn: date.nullable(),
  returnedOn: date.nullable(),
  returnReason: z.string().nullable(),
  closedOn: date.nullable(),
  closeReason: z.string().nullable(),
  previousId: id.nullable(),
  partyGroupId: id.nullable(),
  partyGroupName: z.string().nullable(),
  postName: z.string().nullable(),
  card: z.object({
    part1: z.object({ keptBy: z.literal('unit'), stamped: z.boolean(), filedOn: date.nullable() }),
    part2: z.object({ keptBy: z.literal('community'), stamped: z.boolean(), filedOn: date.nullable() }),
    complete: z.boolean(),
  }),
  sides: z
    .object({ unit: z.boolean(), community: z.boolean(), self: z.boolean() })
    .optional()
    .meta({ description: 'which sides the actor stands on' }),
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

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });
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
const gradeName = z.enum(GRADES);
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
export const activityCardSchema = L({
  activities: z.array(
    L({
      id,
      kind: z.string(),
      title: z.string(),
      heldOn: date,
      location: z.string().nullable(),
      communityName: z.string(),
      hours: z.number().nullable(),
    }),
  ),
  visits: z.array(L({ id, visitedOn: date, note: z.string().nullable() })),
  practicalThings: z.array(L({ id, doneOn: date, title: z.string(), description: z.string().nullable() })),
});

const recipient = z.enum(['unit', 'office']);
export const feedbackSentCardSchema = L({ id, recipients: z.array(recipient) });
export const feedbackCardSchema = L({
  id,
  registrationId: id,
  memberId: id,
  memberName: z.string(),
  cadreRank: z.string(),
  communityOrgId: id,
  communityName: z.string(),
  unitOrgId: id,
  unitOrgName: z.string(),
  kind: z.string().meta({ description: 'half_year or annual' }),
  periodKey: z.string(),
  periodFrom: date,
  periodTo: date,
  dueOn: date,
  sentOn: date,
  activities: count,
  visits: count,
  practicalThings: count,
  ratings: z.record(z.string(), z.string()).nullable().meta({ description: 'by aspect, on a year-end card' }),
  overall: z.string().nullable(),
  comment: z.string().nullable(),
  onTime: z.boolean(),
  deliveries: z.array(
    L({ cardId: id, recipient, orgId: id.nullable(), deliveredOn: date, receivedOn: date.nullable() }),
  ),
});
export const feedbackListSchema = paged(feedbackCardSchema);
export const feedbackDetailSchema = feedbackCardSchema.extend({
  sides: z.object({ community: z.boolean(), unit: z.boolean(), self: z.boolean(), office: z.boolean() }),
});
export const sentSchema = L({ sent: count });
export const receivedSchema = L({ ok: z.literal(true), receivedOn: date });
export const feedbackStatusSchema = L({
  period: z.object({ key: z.string(), from: date, to: date }),
  kind: z.string(),
  dueOn: date,
  items: z.array(
    L({
      communityOrgId: id,
      communityName: z.string(),
      expected: count,
      sent: count,
      onTime: count,
      missing: count,
    }),
  ),
});

export const flowingListSchema = itemsOf(
  L({
    id,
    direction: z.enum(['out', 'in']),
    memberId: id,
    memberName: z.string(),
    branchOrgId: id,
    branchName: z.string(),
    placeText: z.string(),
    fixedPlace: z.boolean(),
    startedOn: date,
    expectedReturnOn: date.nullable(),
    cardNo: z.string().nullable(),
    cardIssuedOn: date.nullable(),
    transferPrompted: z.boolean(),
    status: z.string().meta({ description: 'open, returned or transferred' }),
    endedOn: date.nullable(),
    cardChecked: z.boolean(),
    lastOrgLife: date.nullable(),
    lastDues: date.nullable(),
    decisionStatus: z.string().nullable(),
    transferSuggested: z.boolean(),
    lapsed: z.boolean(),
  }),
);
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
export const decisionsSchema = itemsOf(
  L({
    id,
    memberId: id,
    memberName: z.string(),
    branchOrgId: id,
    branchName: z.string(),
    reason: z.string(),
    lapseSince: date,
    raisedOn: date,
    status: z.string().meta({ description: 'pending, excused, warned, proposed, approved or rejected' }),
    branchMeetingOn: date.nullable(),
    decidedOn: date.nullable(),
    upperDecidedOn: date.nullable(),
    note: z.string().nullable(),
  }),
);
export const decisionSchema = L({ id, status: z.string() });

export const overviewSchema = L({
  sides: z.object({ unit: z.boolean(), community: z.boolean(), self: z.boolean() }),
  member: L({
    id,
    name: z.string(),
    gender: z.string(),
    category: z.string(),
    cadreRank: z.string(),
    occupation: z.string().nullable(),
    skills: z.string().nullable(),
    joinedPartyOn: date.nullable(),
    active: z.boolean(),
    residenceName: z.string().nullable(),
    hasPhoto: z.boolean(),
  }),
  unitSide: L({
    orgId: id,
    orgName: z.string(),
    unitId: id.nullable(),
    unitName: z.string().nullable(),
  }).meta({
    description: '组织关系: the unit’s org manages the member as a Party member',
  }),
  communitySide: L({
    registration: registrationSchema,
    postName: z.string().nullable(),
    postCategory: z.string().nullable(),
    partyGroupName: z.string().nullable(),
    compliance: L({
      quarter: z.string(),
      reportedThisQuarter: z.boolean(),
      visitsThisQuarter: count,
      practicalThingsThisYear: count,
      practicalThingsRequired: count,
      lastSeen: date.nullable(),
      absentHalfYear: z.boolean(),
    }),
  })
    .nullable()
    .meta({
      description: '活动在社区: the current registration, none when the member is registered nowhere',
    }),
  registrations: z.array(registrationSchema.extend({ current: z.boolean() })),
  activityCard: activityCardSchema,
  feedbackCards: z.array(
    L({
      id,
      kind: z.string(),
      periodKey: z.string(),
      communityName: z.string(),
      overall: z.string().nullable(),
      ratings: z.record(z.string(), z.string()).nullable(),
      comment: z.string().nullable(),
      sentOn: date,
      dueOn: date,
      activities: count,
      visits: count,
      practicalThings: count,
      recipients: z.array(recipient),
      onTime: z.boolean(),
    }),
  ),
  appraisals: z.array(
    L({
      id,
      year: count,
      peerScore: z.number().nullable(),
      massScore: z.number().nullable(),
      branchScore: z.number().nullable(),
      total: z.number().nullable(),
      grade: gradeName,
    }),
  ),
  flows: z.array(
    L({
      id,
      direction: z.enum(['out', 'in']),
      placeText: z.string(),
      startedOn: date,
      expectedReturnOn: date.nullable(),
      cardNo: z.string().nullable(),
      status: z.string(),
      endedOn: date.nullable(),
    }),
  ),
  affiliations: z.array(
    L({
      id,
      kind: z.string(),
      orgName: z.string().nullable(),
      placeName: z.string().nullable(),
      since: date,
      until: date.nullable(),
    }),
  ),
});
export const meSchema = z.union([overviewSchema, z.object({ member: z.null() })]).meta({
  description: 'the member’s overview; `{ member: null }` for a user who is no member',
});
export const memberFileSchema = L({
  memberId: id,
  memberName: z.string(),
  items: z.array(
    L({
      id: z
        .union([id, z.string()])
        .meta({ description: 'a number for an entry, a prefixed string for a record' }),
      kind: z.string(),
      onDate: date,
      title: z.string(),
      content: z.string().nullable(),
      score: z.number().nullable(),
      source: z
        .string()
        .meta({ description: 'entry, activity, practical_thing, appraisal, feedback_card or registration' }),
    }),
  ),
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
  items: z.array(
    L({
      orgId: id,
      orgName: z.string(),
      kind: z.string(),
      parentName: z.string().nullable(),
      members: count,
      activityFund: z.number(),
      trainingFund: z.number(),
      total: z.number(),
    }),
  ),
});
const namedPlace = z.object({ id, name: z.string() });
export const communitiesSchema = itemsOf(
  L({
    id,
    name: z.string(),
    placeId: id.nullable(),
    managed: z.boolean(),
    compounds: z
      .array(namedPlace.extend({ buildings: z.array(namedPlace) }))
      .optional()
      .meta({
        description: 'with ?places=true: the compounds under the community’s place and their buildings',
      }),
  }),
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
export const postListSchema = L({
  items: z.array(postSchema),
  categories: z.record(z.string(), localized).meta({ description: 'the words of each post category' }),
});
export const suggestionsSchema = itemsOf(L({}));
export const assignedSchema = L({ assignmentId: id, postId: id });
export const autoAssignedSchema = L({ assigned: count, unassigned: count });
export const requestSchema = L({ id, status: z.string() });
export const requestsSchema = itemsOf(
  L({
    id,
    registrationId: id,
    memberName: z.string(),
    communityName: z.string(),
    postName: z.string().nullable(),
    reason: z.string(),
    unableFrom: date,
    unableUntil: date,
    status: z.string().meta({ description: 'pending, approved or rejected' }),
    newPostName: z.string().nullable(),
    decidedOn: date.nullable(),
    decisionNote: z.string().nullable(),
  }),
);
const groupMember = L({
  registrationId: id,
  groupId: id.nullable(),
  memberName: z.string(),
  postName: z.string().nullable(),
  category: z.string().nullable().meta({ description: 'the category of the member’s post' }),
});
export const groupsSchema = L({
  items: z.array(
    L({
      id,
      name: z.string(),
      category: z.string(),
      leaderRegistrationId: id.nullable(),
      leaderName: z.string().nullable(),
      size: count,
      undersized: z.boolean(),
      oversized: z.boolean(),
      noLeader: z.boolean(),
      members: z.array(groupMember),
    }),
  ),
  ungrouped: z.array(groupMember),
  min: count,
  max: count,
});
export const groupSchema = L({ id, name: z.string(), category: z.string().nullable() });
export const groupsFormedSchema = L({
  created: z.array(L({ id, name: z.string(), category: z.string(), size: count })),
});
export const groupSizeSchema = L({ ok: z.literal(true), size: count });
export const meetingListSchema = itemsOf(meetingSchema);
