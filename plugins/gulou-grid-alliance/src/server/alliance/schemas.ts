import { z } from 'zod';
import { count, day, id, idOrNull, moment, rate, str, strOrNull } from '../schemas';

const alliance = { id, name: str, leadOrgId: id, foundedOn: day };
export const allianceSchema = z.looseObject(alliance);
export const allianceListItemSchema = z.looseObject({
  ...alliance,
  leadOrgName: str,
  charterAdoptedOn: day.nullable(),
  units: count,
  meetingsHeld: count,
});
const meetingMode = z.enum(['online', 'offline']);
const meetingStatus = z.enum(['planned', 'held', 'cancelled']);
export const allianceDetailSchema = z.looseObject({
  ...alliance,
  leadOrgName: str,
  charter: strOrNull,
  charterAdoptedOn: day.nullable(),
  units: z.array(
    z.looseObject({
      id,
      unitId: id,
      unitName: str,
      unitKind: str,
      unitLevel: strOrNull,
      joinedOn: day,
      leftOn: day.nullable(),
      representatives: z.array(
        z.looseObject({ id, name: str, title: strOrNull, phone: strOrNull, memberId: idOrNull }),
      ),
    }),
  ),
  meetings: z.array(
    z.looseObject({
      id,
      heldAt: moment,
      mode: meetingMode,
      location: strOrNull,
      topic: str,
      agenda: z.array(str),
      status: meetingStatus,
      minutes: strOrNull,
      cancelReason: strOrNull,
      attendeeIds: z.array(id),
      attendanceRate: rate,
      decisions: z.array(
        z.looseObject({
          id,
          content: str,
          ownerUnitId: idOrNull,
          ownerUnitName: strOrNull,
          dueOn: day.nullable(),
          doneOn: day.nullable(),
        }),
      ),
    }),
  ),
});
export const memberUnitSchema = z.looseObject({ id, unitId: id, joinedOn: day });
export const representativeSchema = z.looseObject({ id, name: str, title: strOrNull });
export const meetingSchema = z.looseObject({
  id,
  heldAt: moment,
  mode: meetingMode,
  topic: str,
  agenda: z.array(str),
  status: meetingStatus,
});
export const meetingRecordSchema = z.looseObject({
  ok: z.literal(true),
  attendees: count,
  members: count,
  decisions: count,
});
export const decisionDoneSchema = z.looseObject({ ok: z.literal(true), doneOn: day });
