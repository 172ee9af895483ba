import { z } from 'zod';
import { REPORT_STATUSES } from '../../shared/model';
import { count, day, id, idOrNull, str, strOrNull } from '../schemas';

export const teamSchema = z.looseObject({
  id,
  name: str,
  communityOrgId: id,
  leaderMemberId: idOrNull,
  foundedOn: day,
  members: count,
});
export const teamListItemSchema = teamSchema.extend({ communityOrgName: str, leaderName: strOrNull });
export const teamMemberSchema = z.looseObject({ teamId: id, memberId: id, memberName: str });

export const gridSchema = z.looseObject({
  id: id.meta({ description: 'the grid branch’s org id' }),
  name: str,
  communityOrgId: id,
  volunteerTeamId: idOrNull,
  formedOn: day,
  members: count,
});
export const gridListItemSchema = gridSchema.extend({ communityOrgName: str, volunteerTeamName: strOrNull });
export const gridMemberSchema = z.looseObject({
  memberId: id,
  memberName: str,
  unitName: strOrNull,
  placedOn: day,
});
export const placementSchema = z.looseObject({
  memberId: id,
  memberName: str,
  gridOrgId: id,
  placedOn: day,
  movedFrom: idOrNull.meta({ description: 'the grid branch the member was moved from, or null' }),
});
export const unplacedSchema = z.looseObject({
  memberId: id,
  memberName: str,
  communityOrgId: id,
  communityOrgName: str,
  reportStatus: z.enum(REPORT_STATUSES),
});
