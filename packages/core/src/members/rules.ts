import { type CityAccess, pathInScope } from '../auth/actor';
import type { Member } from '../db/schema';
import { maskIdNumber, maskPhone } from './id-number';

/** A member as the API shows it; ID number and phone masked unless `reveal`. */
export function memberView(m: Member & { org_name?: string; unit_name?: string | null }, reveal: boolean) {
  return {
    id: m.id,
    name: m.name,
    gender: m.gender,
    idNumber: reveal ? m.id_number : maskIdNumber(m.id_number),
    phone: reveal ? m.phone : maskPhone(m.phone),
    birthDate: m.birth_date,
    category: m.category,
    cadreRank: m.cadre_rank,
    orgId: m.org_id,
    orgName: m.org_name,
    unitId: m.unit_id,
    unitName: m.unit_name,
    residencePlaceId: m.residence_place_id,
    joinedPartyOn: m.joined_party_on,
    occupation: m.occupation,
    skills: m.skills,
    active: m.active,
    masked: !reveal,
  };
}

export interface AffiliationRow {
  id: number;
  kind: string;
  org_id: number | null;
  place_id: number | null;
  since: string;
  until: string | null;
  note: string | null;
}

/** An affiliation as the API shows it. */
export const affiliationView = (a: AffiliationRow) => ({
  id: a.id,
  kind: a.kind,
  orgId: a.org_id,
  placeId: a.place_id,
  since: a.since,
  until: a.until,
  note: a.note,
});

/** An affiliation in a member's detail, with the names of its org and place. */
export const namedAffiliationView = (
  a: AffiliationRow & { org_name: string | null; place_name: string | null },
) => ({
  id: a.id,
  kind: a.kind,
  orgId: a.org_id,
  orgName: a.org_name,
  placeId: a.place_id,
  placeName: a.place_name,
  since: a.since,
  until: a.until,
  note: a.note,
});

/**
 * Whether the actor sees a member: one in their subtrees (everyone, for a city admin), or their own record
 * (`self`, a plain member's only one).
 */
export function memberVisibility(
  access: CityAccess,
  member: { id: number; orgPath: string },
): { visible: boolean; self: boolean } {
  const self = access.level === 'self' && access.memberId === member.id;
  return { visible: self || pathInScope(access, member.orgPath), self };
}

/**
 * Whether a member's ID number and phone are shown in full: asked for, and the actor is the member themselves or a
 * city admin. `audited`: a city admin looking at someone else's (not one's own record).
 */
export function revealDecision(access: CityAccess, self: boolean, asked: boolean) {
  const reveal = asked && (self || access.level === 'city');
  return { reveal, audited: reveal && !self };
}
