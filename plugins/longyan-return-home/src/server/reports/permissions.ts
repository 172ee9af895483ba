import { allow, type CityAccess, deny, type Permit, pathInScope, say } from '@jiceng/plugin-kit';

/** Who asks, as the rules need it: their org-admin grants in this city, their reach, their own member record. */
export interface Asker {
  /** Org ids the actor holds an org-admin grant on, in this city. */
  adminOrgIds: readonly number[];
  access: CityAccess;
  memberId: number | null;
}

/** The facts of one report the rules look at. */
export interface ReportFacts {
  memberId: number;
  communityOrgId: number;
  /** Path of the org that issues the 报到证 (the member's unit's party org). */
  issuerPath: string;
  status: 'online' | 'confirmed';
  certificateIssued: boolean;
}

export const ONLY_COMMUNITY_ORG = say(
  '仅报到社区的党组织可线下确认',
  'only the party org of the community reported to confirms',
);

/**
 * 线下确认: only the community party org the member reported to confirms (a city admin or the street sees the
 * record but does not confirm in the community's name), once, after the unit's org has issued the 报到证.
 */
export function mayConfirm(who: Asker, r: ReportFacts): Permit {
  if (!who.adminOrgIds.includes(r.communityOrgId)) return deny(ONLY_COMMUNITY_ORG);
  if (r.status === 'confirmed') return deny(say('该报到已确认', 'already confirmed'), 409);
  if (!r.certificateIssued)
    return deny(
      say('单位党组织尚未开具报到证', 'the unit’s party org has not issued the certificate yet'),
      409,
    );
  return allow();
}

/** 开具报到证: the unit's party org side (the issuer in the actor's reach), once. */
export function mayIssueCertificate(who: Asker, r: ReportFacts): Permit {
  if (who.access.level === 'self' || !pathInScope(who.access, r.issuerPath))
    return deny(
      say('仅党员所在单位的党组织可开具报到证', 'only the party org of the member’s unit issues it'),
    );
  if (r.certificateIssued)
    return deny(say('报到证已开具，可直接打印', 'the certificate was already issued; print it again'), 409);
  return allow();
}

/**
 * Who may read the 报到证's number (and print it): the member and the issuing side. Never the org that confirms:
 * it must type the number from the paper the member shows, so the check means something.
 */
export function maySeeCertificateNo(who: Asker, r: ReportFacts): boolean {
  if (who.adminOrgIds.includes(r.communityOrgId)) return false;
  return (
    who.memberId === r.memberId || (who.access.level !== 'self' && pathInScope(who.access, r.issuerPath))
  );
}
