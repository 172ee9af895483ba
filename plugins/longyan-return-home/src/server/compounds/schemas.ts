import { z } from 'zod';
import { count, day, id, idName, idOrNull, rate, str, strOrNull } from '../schemas';

export const communitySchema = z.looseObject({
  id,
  name: str,
  placeId: idOrNull,
  streetOrgId: idOrNull,
  streetOrgName: strOrNull,
});

export const compoundSchema = z.looseObject({ id, name: str, communityOrgId: id, orgId: idOrNull });
export const compoundListItemSchema = compoundSchema.extend({
  communityOrgName: str,
  orgName: strOrNull,
  residentMembers: count,
  buildings: count,
  redCommitteeId: idOrNull,
});

const formation = z.enum(['single', 'joint']);
export const compoundOrgSchema = z.looseObject({
  id,
  name: str,
  communityOrgId: id,
  formedOn: day,
  formation,
  compounds: z.array(idName),
  buildingGroups: count,
});
export const compoundOrgListItemSchema = compoundOrgSchema.extend({ communityOrgName: str });
export const compoundOrgDetailSchema = z.looseObject({
  id,
  name: str,
  communityOrgId: id,
  formedOn: day,
  formation,
  compounds: z.array(idName),
  buildings: z.array(z.looseObject({ id, name: str, compoundPlaceId: id })),
  buildingGroups: z.array(
    z.looseObject({ id, name: str, buildingPlaceId: idOrNull, buildingName: strOrNull }),
  ),
  redCommittees: z.array(z.looseObject({ id, name: str, compoundPlaceId: id })),
});
export const coveredCompoundSchema = z.looseObject({ orgId: id, compoundPlaceId: id, compoundName: str });
export const buildingGroupSchema = z.looseObject({
  id,
  name: str,
  buildingPlaceId: idOrNull,
  compoundOrgId: id,
});

export const coverageSchema = z.looseObject({
  totals: z.looseObject({
    communities: count,
    compounds: count,
    covered: count,
    uncovered: count,
    compoundOrgs: count,
    rate,
  }),
  communities: z.array(
    z.looseObject({
      communityOrgId: id,
      communityOrgName: str,
      streetOrgId: idOrNull,
      streetOrgName: strOrNull,
      compounds: count,
      covered: count,
      compoundOrgs: count,
      items: z.array(
        z.looseObject({ id, name: str, orgId: idOrNull, orgName: strOrNull, joint: z.boolean() }),
      ),
    }),
  ),
});
