import { itemsOf } from '@jiceng/plugin-kit';
import { z } from 'zod';
import {
  activityCardSchema,
  count,
  date,
  gradeName,
  id,
  L,
  localized,
  paged,
  registrationSchema,
} from './schema-parts';

/** The answer shapes of the members' side (schemas.ts re-exports them). */
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
