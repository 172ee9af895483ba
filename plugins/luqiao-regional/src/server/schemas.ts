import { itemsOf, okSchema } from '@jiceng/plugin-kit';
import { z } from 'zod';

/**
 * The shapes of this plugin's answers, for the OpenAPI reference (`describe({ response })`). Loose objects: the
 * fields listed are always there; an answer may carry more. openapi.test.ts checks real answers against them.
 */
const id = z.number().int();
const date = z.string().meta({ format: 'date' });
const count = z.number().int();
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
  regionalOrgId: id,
  regionalOrgName: z.string(),
  centreOrgId: id.nullable(),
  centreOrgName: z.string().nullable(),
  description: z.string().nullable(),
  establishedOn: date.nullable(),
});
export const regionListSchema = itemsOf(regionSchema);
export const regionDetailSchema = regionSchema.extend({ places: z.array(L({})), units: z.array(L({})) });
export const placesAddedSchema = L({ ok: z.literal(true), placeIds: z.array(id) });
export const movedSchema = L({ items: z.array(L({})), movedAt: z.string().meta({ format: 'date-time' }) });
export const returnedSchema = L({ ok: z.literal(true), moved: z.boolean(), parentId: id.nullable() });
export const structureSchema = L({}).meta({
  description: 'the 1+N+1 tree of the region: regional org, the N, the service centre, mass organizations',
});
export const massOrgSchema = L({
  id,
  kind: z.string(),
  name: z.string(),
  mirrorsOrgId: id.nullable(),
  leaderName: z.string().nullable(),
  establishedOn: date.nullable(),
});
export const coverageSchema = itemsOf(
  L({ regionId: id, name: z.string(), kind: z.string(), townName: z.string() }),
);

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
export const centreListSchema = L({
  items: z.array(centreSchema),
  summary: z.array(L({})).meta({ description: 'per level: centres and how many meet the standard' }),
  total: count,
});
export const standardsSchema = L({}).meta({
  description: 'the standards of each level (city config) and the 8 basic services',
});
export const visitSchema = L({ id, centreId: id, service: z.string(), subject: z.string() });
export const visitListSchema = L({ items: z.array(visitSchema) });

export const councilDetailSchema = L({}).meta({
  description: 'the council, its member units, chair terms and projects',
});
export const termSchema = L({ id, termNo: count, chairMemberId: id, startsOn: date, endsOn: date });
export const projectCreatedSchema = L({ id, leadMemberId: id, status: z.literal('declared') });
export const projectStatusSchema = L({ id, status: z.string() });
export const meetingCreatedSchema = L({ id, chairMemberId: id.nullable() });
export const replacedSchema = L({}).meta({
  description: 'the member unit that left and the one that took its place',
});
export const scoreboardSchema = L({}).meta({
  description: 'each member unit’s performance scores over the council’s meetings',
});

export const electionSchema = L({ id, status: z.string() });
export const ballotsAddedSchema = L({}).meta({ description: 'how many ballots were entered' });
export const countSchema = L({}).meta({
  description: 'the count: valid and invalid ballots, elected secretary and committee members',
});
export const ballotListSchema = L({ items: z.array(L({})) });
export const receptionDaySchema = L({ id });
export const receptionVisitSchema = L({ id });
export const receptionVisitsSchema = L({
  items: z.array(receptionVisitSchema),
  representatives: z.unknown(),
});

export const registrationListSchema = L({
  items: z.array(L({})),
  total: count,
  page: count,
  pageSize: count,
});
export const pendingSchema = L({ items: z.array(L({})) });
export const registrationSchema = L({ id });
export const bulkRegisteredSchema = L({ items: z.array(registrationSchema), count });
export const shopSchema = L({ id, shopName: z.string(), shopDisplayedOn: date });
export const nominationSchema = L({ id });
export const meSchema = L({
  memberId: id.nullable(),
  registrations: z.array(L({})),
  worksIn: L({}).nullable(),
});

export const flowingBranchSchema = L({}).meta({
  description: 'the branch: its org, where its members come from, members and activities',
});
export const joinedSchema = L({ id, memberId: id, joinedOn: date });
export const branchActivitySchema = L({ id, amount: z.number() });

export const dashboardSchema = L({}).meta({
  description: 'the five indicators for the period, structure totals and coverage by region',
});
export const visitPageSchema = L({ items: z.array(visitSchema), total: count, page: count, pageSize: count });

export const serviceRecordSchema = L({
  id,
  registrationId: id,
  memberId: id,
  regionId: id,
  servedOn: date,
  hours: z.number(),
  status: z.string(),
});
export const servicePageSchema = L({
  items: z.array(serviceRecordSchema),
  total: count,
  page: count,
  pageSize: count,
});
export const serviceMineSchema = L({
  items: z.array(serviceRecordSchema),
  confirmedHours: z.number(),
  submitted: count,
});
export const serviceDecisionSchema = L({ id, status: z.string(), confirmedOn: date });
