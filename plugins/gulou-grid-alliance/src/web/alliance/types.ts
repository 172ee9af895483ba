/** An alliance's list entry (`/alliances`). */
export interface AllianceListItem {
  id: number;
  name: string;
}

export interface MemberUnit {
  id: number;
  unitId: number;
  unitName: string;
  unitLevel: string | null;
  joinedOn: string;
  leftOn: string | null;
  representatives: { id: number; name: string; title: string | null }[];
}

export interface Decision {
  id: number;
  content: string;
  ownerUnitName: string | null;
  dueOn: string | null;
  doneOn: string | null;
}

export interface Meeting {
  id: number;
  heldAt: string;
  mode: 'online' | 'offline';
  location: string | null;
  topic: string;
  agenda: string[];
  status: 'planned' | 'held' | 'cancelled';
  minutes: string | null;
  cancelReason: string | null;
  attendeeIds: number[];
  attendanceRate: number | null;
  decisions: Decision[];
}

/** One alliance with its units, meetings and charter (`/alliances/:id`). */
export interface Alliance {
  id: number;
  name: string;
  leadOrgName: string;
  foundedOn: string;
  charter: string | null;
  charterAdoptedOn: string | null;
  units: MemberUnit[];
  meetings: Meeting[];
}
