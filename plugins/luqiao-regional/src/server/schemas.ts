import { actionsSchema, itemsOf, okSchema, pageOf } from '@jiceng/plugin-kit';
import { z } from 'zod';

/**
 * The shapes of this plugin's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. openapi.test.ts checks real answers against them.
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const count = z.number().int();
const dateTime = z.string().meta({ format: 'date-time' });
const str = z.string();
const L = z.looseObject;
const row = L({ id });

export { okSchema };
export const createdIdSchema = L({ id });
export const idStatusSchema = L({ id, status: z.string() });
export const rowsSchema = itemsOf(L({}));
export const idRowsSchema = itemsOf(row);

export const regionSchema = L({
  id,
  name: z.string(),
  kind: z.string(),
  townOrgId: id,
  townName: z.string(),
  townPlaceId: id.nullable(),
  regionalOrgId: id,
  regionalOrgName: z.string(),
  centreOrgId: id.nullable(),
  centreOrgName: z.string().nullable(),
  description: z.string().nullable(),
  establishedOn: date.nullable(),
});
/** A region's units and their coverage, its N and members registered there (regions/counts.ts). */
const regionCounts = {
  unitCount: count,
  unitsWithOrg: count,
  unitsCoveredByCentre: count,
  unitsUncovered: count,
  nCount: count,
  workingMembers: count,
  registered: count,
  registeredViaCentre: count,
  shops: count,
};
export const regionListSchema = itemsOf(regionSchema.extend(regionCounts));
export const regionDetailSchema = regionSchema.extend({
  ...regionCounts,
  places: z.array(L({ id, name: str, kind: str })),
  units: z.array(
    L({
      id,
      name: str,
      kind: str,
      orgId: id.nullable(),
      orgName: str.nullable(),
      joinedOn: date,
      centreCoveredSince: date.nullable(),
      centreLiaison: str.nullable(),
      memberCount: count,
    }),
  ),
});
export const placesAddedSchema = L({ ok: z.literal(true), placeIds: z.array(id) });
export const movedSchema = L({ items: z.array(L({})), movedAt: z.string().meta({ format: 'date-time' }) });
export const returnedSchema = L({ ok: z.literal(true), moved: z.boolean(), parentId: id.nullable() });
export const structureSchema = L({
  region: regionSchema,
  regionalOrg: L({ id, name: str, memberCount: count }),
  n: z.array(
    L({
      orgId: id,
      name: str,
      kind: str,
      unitName: str.nullable(),
      unitKind: str.nullable(),
      movedAt: dateTime,
      previousParentName: str.nullable(),
      underRegionalOrg: z.boolean(),
      memberCount: count,
    }),
  ),
  centreOrg: L({ id, name: str, memberCount: count, ...regionCounts }),
  flowingBranches: z.array(
    L({ id, orgId: id, name: str, origin: str, parentId: id.nullable(), memberCount: count }),
  ),
  massOrgs: z.array(L({ id, kind: str, name: str, mirrorsOrgId: id.nullable(), leaderName: str.nullable() })),
  stayingOrgs: z.array(L({ orgId: id, name: str, unitName: str, unitKind: str })),
}).meta({
  description: 'the 1+N+1 tree of the region: regional org, the N, the service centre, mass organizations',
});
export const historySchema = itemsOf(
  L({
    id,
    orgId: id,
    orgName: str,
    previousParentId: id.nullable(),
    previousParentName: str.nullable(),
    movedAt: dateTime,
    returnedAt: dateTime.nullable(),
    returnedToName: str.nullable(),
    returnReason: str.nullable(),
  }),
);
export const nCandidatesSchema = itemsOf(
  L({
    orgId: id,
    name: str,
    kind: str,
    parentId: id.nullable(),
    parentName: str.nullable(),
    unitId: id.nullable(),
    unitName: str.nullable(),
    unitKind: str.nullable(),
    memberCount: count,
    refusal: L({ code: str, reason: str })
      .nullable()
      .meta({ description: 'why it cannot join the N, or null when it can' }),
  }),
);
export const townsSchema = itemsOf(L({ id, name: str, placeId: id.nullable() }));
export const areasSchema = itemsOf(
  L({ id, name: str, kind: str, parentId: id.nullable(), regionId: id.nullable() }),
);
export const unitLookupSchema = itemsOf(
  L({ id, name: str, kind: str, orgId: id.nullable(), regionId: id.nullable() }),
);
export const massOrgSchema = L({
  id,
  kind: z.string(),
  name: z.string(),
  mirrorsOrgId: id.nullable(),
  leaderName: z.string().nullable(),
  establishedOn: date.nullable(),
});
const coverageRow = L({ regionId: id, name: z.string(), kind: z.string(), ...regionCounts });
export const coverageSchema = itemsOf(coverageRow.extend({ townName: z.string() }));

export const centreSchema = L({
  id,
  level: z.string(),
  kind: z.string(),
  name: z.string(),
  ownerOrgId: id,
  regionId: id.nullable(),
  placeId: id.nullable(),
  floorArea: z.number(),
  staffCount: count,
});
/** A centre as the lists and the detail answer it: with its names, standing against the standard and visits. */
export const centreViewSchema = centreSchema.extend({
  ownerName: str,
  regionName: str.nullable(),
  placeName: str.nullable(),
  fundingSource: str,
  openedOn: date,
  active: z.boolean(),
  meetsStandard: z.boolean(),
  shortfalls: z.array(str).meta({ description: 'the standard’s fields the centre falls short of' }),
  visits: L({ total: count, open: count, overdue: count }),
});
export const centreListSchema = L({
  items: z.array(centreViewSchema),
  summary: z
    .array(L({ level: str, count, meetingStandard: count }))
    .meta({ description: 'per level: centres and how many meet the standard' }),
  total: count,
});
const standard = L({ minFloorArea: z.number(), minStaff: count, fundingSources: z.array(str) });
export const standardsSchema = L({
  standards: L({ district: standard, town: standard, region: standard }),
  timeLimitDays: count,
  basicServices: z.array(str),
}).meta({
  description: 'the standards of each level (city config) and the 8 basic services',
});
export const visitSchema = L({ id, centreId: id, service: z.string(), subject: z.string() });
/** A visit as the lists answer it: with its centre, deadline and standing today (centres/rules.ts visitFlags). */
export const visitViewSchema = visitSchema.extend({
  centreName: str,
  visitorName: str,
  visitorMemberId: id.nullable(),
  firstResponder: str,
  referredTo: str.nullable(),
  receivedAt: dateTime,
  receivedOn: date,
  timeLimited: z.boolean(),
  dueOn: date.nullable(),
  completedOn: date.nullable(),
  result: str.nullable(),
  status: str,
  overdue: z.boolean(),
  late: z.boolean(),
  daysLeft: z.number().int().nullable(),
});
export const visitListSchema = L({ items: z.array(visitViewSchema) });

export const councilListSchema = itemsOf(
  L({
    id,
    name: str,
    regionId: id,
    regionName: str,
    foundedOn: date,
    termNo: count.nullable(),
    termEndsOn: date.nullable(),
    chairName: str.nullable(),
    memberCount: count,
  }),
);
const termView = L({
  id,
  termNo: count,
  chairMemberId: id,
  chairName: str,
  startsOn: date,
  endsOn: date,
  endedOn: date.nullable(),
  endKind: str.nullable(),
  endReason: str.nullable(),
});
export const councilDetailSchema = L({
  id,
  name: str,
  regionId: id,
  foundedOn: date,
  currentTerm: termView.nullable(),
  nextInTurn: L({ memberId: id, unitName: str }).nullable(),
  members: z.array(
    L({
      id,
      unitId: id,
      unitName: str,
      unitKind: str,
      joinedOn: date,
      leftOn: date.nullable(),
      leftReason: str.nullable(),
      replacedByName: str.nullable(),
      active: z.boolean(),
    }),
  ),
  terms: z.array(termView),
  projects: z.array(
    L({
      id,
      title: str,
      description: str.nullable(),
      declaredById: id,
      declaredByName: str,
      leadMemberId: id,
      leadName: str,
      declaredOn: date,
      startsOn: date.nullable(),
      dueOn: date.nullable(),
      status: str,
      completedOn: date.nullable(),
      outcome: str.nullable(),
    }),
  ),
  meetings: z.array(
    L({
      id,
      heldOn: date,
      topic: str,
      minutes: str.nullable(),
      chairName: str.nullable(),
      reviews: z.array(
        L({ memberId: id, unitName: str, attended: z.boolean(), score: z.number(), note: str.nullable() }),
      ),
    }),
  ),
}).meta({
  description: 'the council, its member units, chair terms and projects',
});
export const termSchema = L({ id, termNo: count, chairMemberId: id, startsOn: date, endsOn: date });
export const projectCreatedSchema = L({ id, leadMemberId: id, status: z.literal('declared') });
export const projectStatusSchema = L({ id, status: z.string() });
export const meetingCreatedSchema = L({ id, chairMemberId: id.nullable() });
export const replacedSchema = L({}).meta({
  description: 'the member unit that left and the one that took its place',
});
export const scoreboardSchema = L({
  from: date,
  to: date,
  items: z.array(
    L({
      memberId: id,
      unitName: str,
      active: z.boolean(),
      current: z.boolean(),
      declared: count,
      led: count,
      completed: count,
      meetings: count,
      attended: count,
      avgScore: z.number().nullable(),
      chairTerms: count,
    }),
  ),
}).meta({
  description: 'each member unit’s performance scores over the council’s meetings',
});

export const electionSchema = L({ id, status: z.string() });
export const electionListSchema = itemsOf(
  L({
    id,
    title: str,
    regionId: id,
    regionName: str,
    heldOn: date,
    status: str,
    electorate: count,
    memberSeats: count,
    ballotsCast: count.nullable(),
  }),
);
const tally = L({ name: str, votes: count, rank: count, elected: z.boolean(), memberId: id.nullable() });
export const electionDetailSchema = electionSchema.extend({
  regionId: id,
  title: str,
  memberSeats: count,
  electorate: count,
  heldOn: date,
  ballotsEntered: count,
  ballotsCast: count.nullable(),
  ballotsValid: count.nullable(),
  countedAt: dateTime.nullable(),
  closedAt: dateTime.nullable(),
  threshold: z.number().meta({ description: 'more votes than this elect: half the electorate' }),
  secretary: z.array(tally),
  members: z.array(tally),
  electedSecretary: str.nullable(),
  electedMembers: z.array(str),
});
export const ballotsAddedSchema = L({
  entered: count.meta({ description: 'ballots entered by this request' }),
  total: count.meta({ description: 'ballots of the election so far' }),
}).meta({ description: 'how many ballots were entered' });
export const countSchema = electionDetailSchema
  .extend({
    invalid: count,
    unfilledSecretary: z.boolean().meta({ description: 'no secretary won a majority: another round' }),
    unfilledMemberSeats: count.meta({ description: 'committee seats no one won' }),
  })
  .meta({
    description: 'the count: valid and invalid ballots, elected secretary and committee members',
  });
export const ballotListSchema = L({
  items: z.array(L({ id, secretary: str.nullable(), members: z.array(str), valid: z.boolean() })),
});
export const receptionDaySchema = L({ id });
export const receptionDayListSchema = itemsOf(
  receptionDaySchema.extend({
    regionId: id,
    regionName: str,
    heldOn: date,
    month: str,
    representatives: z.array(str),
    rescheduleReason: str.nullable(),
    visits: count,
    openFollowUps: count,
  }),
);
export const receptionVisitSchema = L({ id });
const receptionVisitView = receptionVisitSchema.extend({
  receptionDayId: id,
  visitorName: str,
  visitorMemberId: id.nullable(),
  issue: str,
  representative: str,
  followUpStatus: str,
  followUpNote: str.nullable(),
  followUpDueOn: date.nullable(),
  closedOn: date.nullable(),
});
export const receptionVisitsSchema = L({
  items: z.array(receptionVisitView),
  representatives: z.array(str),
});
export const openVisitsSchema = itemsOf(
  receptionVisitView.extend({ heldOn: date, regionName: str, overdue: z.boolean() }),
);

export const registrationListSchema = pageOf(
  L({
    id,
    memberId: id,
    memberName: str,
    category: str,
    unitName: str.nullable(),
    via: str,
    registeredOn: date,
    shopName: str.nullable(),
    shopDisplayedOn: date.nullable(),
    nominationStatus: str.nullable().meta({ description: 'of the latest year’s nomination, if any' }),
  }),
);
export const pendingSchema = L({
  items: z.array(
    L({
      memberId: id,
      memberName: str,
      category: str,
      unitId: id,
      unitName: str,
      unitHasOrg: z.boolean(),
      via: str,
    }),
  ),
});
export const shopsSchema = itemsOf(
  L({
    registrationId: id,
    memberName: str,
    shopName: str,
    shopDisplayedOn: date.nullable(),
    nominationId: id.nullable(),
    year: count.nullable(),
    status: str.nullable(),
  }),
);
export const registrationSchema = L({ id });
export const bulkRegisteredSchema = L({ items: z.array(registrationSchema), count });
export const shopSchema = L({ id, shopName: z.string(), shopDisplayedOn: date });
export const nominationSchema = L({ id });
export const meSchema = L({
  memberId: id.nullable(),
  registrations: z.array(
    L({
      id,
      regionId: id,
      regionName: str,
      via: str,
      registeredOn: date,
      endedOn: date.nullable(),
      shopName: str.nullable(),
      shopDisplayedOn: date.nullable(),
    }),
  ),
  worksIn: L({ id, name: str }).nullable(),
});

const branchRow = L({
  id,
  orgId: id,
  name: str,
  parentName: str.nullable(),
  regionId: id.nullable(),
  regionName: str.nullable(),
  origin: str,
  originOrgName: str.nullable(),
  establishedOn: date,
  contactName: str.nullable(),
  memberCount: count,
});
export const flowingBranchListSchema = itemsOf(
  branchRow.extend({
    totals: z
      .record(str, z.number())
      .meta({ description: 'activities by kind: investment summed in 万元, the others counted' }),
  }),
);
export const flowingBranchSchema = branchRow
  .extend({
    members: z.array(
      L({ id, memberId: id, name: str, occupation: str.nullable(), joinedOn: date, leftOn: date.nullable() }),
    ),
    activities: z.array(
      L({ id, kind: str, happenedOn: date, amount: z.number().nullable(), description: str }),
    ),
  })
  .meta({
    description: 'the branch: its org, where its members come from, members and activities',
  });
export const flowingMembersSchema = itemsOf(L({ id, name: str, orgName: str, regionName: str.nullable() }));
export const joinedSchema = L({ id, memberId: id, joinedOn: date });
export const branchActivitySchema = L({ id, amount: z.number() });

const indicatorValue = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    value: z.number(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
  }),
  z.object({ status: z.literal('not_applicable'), reason: z.string().optional() }),
]);
export const dashboardSchema = L({
  period: L({ from: date, to: date }),
  indicators: L({
    registrationRate: indicatorValue,
    unitCoverage: indicatorValue,
    onTimeClosure: indicatorValue,
    projectsCompleted: indicatorValue,
    unitsActive: indicatorValue,
  }),
  totals: L({
    regions: count,
    nOrgs: count,
    registered: count,
    shops: count,
    centres: z.record(str, count).meta({ description: 'active centres per level' }),
    centresTotal: count,
    overdueVisits: count,
  }),
  coverage: z.array(coverageRow),
}).meta({
  description: 'the five indicators for the period, structure totals and coverage by region',
});
export const visitPageSchema = pageOf(visitViewSchema);

export const serviceRecordSchema = L({
  id,
  registrationId: id,
  memberId: id,
  regionId: id,
  servedOn: date,
  hours: z.number(),
  status: z.string(),
});
/** A service record as the lists answer it: with the member, region, content and confirmation. */
const serviceRowSchema = serviceRecordSchema.extend({
  memberName: str,
  regionName: str,
  content: str,
  confirmedOn: date.nullable(),
});
export const servicePageSchema = pageOf(serviceRowSchema.extend({ actions: actionsSchema(['decide']) }));
export const serviceMineSchema = L({
  items: z.array(serviceRowSchema),
  confirmedHours: z.number(),
  submitted: count,
});
export const serviceDecisionSchema = L({ id, status: z.string(), confirmedOn: date });
