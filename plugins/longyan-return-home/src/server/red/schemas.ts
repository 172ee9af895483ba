import { z } from 'zod';
import { BRANCH_ROLES, COMMITTEE_ROLES } from '../../shared/model';
import { count, day, id, idOrNull, str, strOrNull } from '../schemas';

const committee = {
  id,
  name: str,
  compoundPlaceId: id,
  compoundOrgId: id,
  formedOn: day,
  propertyCompany: strOrNull,
};
const flags = {
  members: count,
  partyMembers: count,
  inService: count,
  crossAppointed: count,
  oneShoulder: count,
};
export const committeeSchema = z.looseObject(committee);
export const committeeListSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      ...committee,
      compoundName: str,
      compoundOrgName: str,
      communityOrgId: id,
      ...flags,
    }),
  ),
  totals: z.looseObject({ committees: count, ...flags }),
});

const role = z.enum(COMMITTEE_ROLES);
const branchRole = z.enum(BRANCH_ROLES).nullable();
const memberFlags = {
  oneShoulder: z.boolean().meta({ description: '一肩挑: the branch secretary chairs the committee' }),
  crossAppointed: z.boolean().meta({ description: '交叉任职: holds a branch role too' }),
};
export const committeeDetailSchema = z.looseObject({
  ...committee,
  compoundName: str,
  compoundOrgName: str,
  members: z.array(
    z.looseObject({
      id,
      name: str,
      memberId: idOrNull,
      role,
      branchRole,
      partyMember: z.boolean(),
      inService: z.boolean(),
      ...memberFlags,
    }),
  ),
});
export const committeeMemberSchema = z.looseObject({
  id,
  committeeId: id,
  name: str,
  memberId: idOrNull,
  role,
  branchRole,
  ...memberFlags,
});
