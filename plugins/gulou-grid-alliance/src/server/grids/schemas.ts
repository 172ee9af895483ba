import { z } from 'zod';
import { BODY_KINDS, BODY_MEMBER_SOURCES, BODY_ROLES } from '../../shared/terms';
import { count, day, id, idOrNull, str, strOrNull } from '../schemas';

const gridRow = {
  placeId: id,
  placeName: str,
  communityPlaceId: id,
  communityName: str,
  communityOrgId: idOrNull,
  orgId: idOrNull.meta({ description: 'the grid’s party branch; null while it has none' }),
  orgName: strOrNull,
  households: z.number().int().nullable(),
  establishedOn: day.nullable(),
  groups: count,
  members: count,
  workers: strOrNull.meta({ description: 'the active grid workers’ names, joined with 、' }),
};
export const gridListSchema = z.looseObject({
  items: z.array(z.looseObject(gridRow)),
  total: count,
  covered: count,
});
export const gridDetailSchema = z.looseObject({
  ...gridRow,
  orgId: id,
  orgName: str,
  groups: z.array(z.looseObject({ id, name: str, placeId: idOrNull })),
  workers: z.array(
    z.looseObject({
      id,
      name: str,
      phone: strOrNull,
      hiredOn: day.nullable(),
      active: z.boolean(),
      masked: z.boolean(),
    }),
  ),
  bodies: z.array(z.looseObject({ id, kind: z.enum(BODY_KINDS), name: str })),
  funds: z.looseObject({ year: count, total: count, floor: count }),
  demands: z.looseObject({ total: count, open: count, overdue: count }),
});
export const createdGridSchema = z.looseObject({
  orgId: id,
  name: str,
  placeId: id,
  parentId: id,
  path: str,
});
export const groupSchema = z.looseObject({ id, name: str, parentId: id, placeId: idOrNull });

export const networkSchema = z.looseObject({
  totals: z.looseObject({ streets: count, communities: count, gridBranches: count, buildingGroups: count }),
  bodies: z.array(z.looseObject({ kind: z.enum(BODY_KINDS), bodies: count, members: count })),
  streets: z.array(
    z.looseObject({
      orgId: id,
      name: str,
      communities: count,
      gridBranches: count,
      buildingGroups: count,
      partTimeMembers: count,
    }),
  ),
});

const body = { id, kind: z.enum(BODY_KINDS), name: str, orgId: id, establishedOn: day.nullable() };
export const bodySchema = z.looseObject(body);
export const bodyListItemSchema = z.looseObject({ ...body, orgName: str, members: count });
const bodyMember = {
  id,
  name: str,
  source: z.enum(BODY_MEMBER_SOURCES),
  role: z.enum(BODY_ROLES),
  unitId: idOrNull,
  memberId: idOrNull,
  since: day,
  until: day.nullable(),
};
export const bodyMemberSchema = z.looseObject(bodyMember);
export const bodyDetailSchema = z.looseObject({
  ...body,
  orgName: str,
  members: z.array(z.looseObject({ ...bodyMember, unitName: strOrNull })),
});

const studio = { id, name: str, orgId: id, representatives: z.array(str) };
export const studioSchema = z.looseObject(studio);
export const studioListItemSchema = z.looseObject({ ...studio, orgName: str, openCases: count });
