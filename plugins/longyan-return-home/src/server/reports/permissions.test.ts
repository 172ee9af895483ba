import { describe, expect, it } from 'vitest';
import {
  type Asker,
  mayConfirm,
  mayIssueCertificate,
  maySeeCertificateNo,
  type ReportFacts,
} from './permissions';

const report: ReportFacts = {
  memberId: 7,
  communityOrgId: 10,
  issuerPath: '/1/5/20/',
  status: 'online',
  certificateIssued: true,
};
const community: Asker = {
  adminOrgIds: [10],
  access: { level: 'orgs', paths: ['/1/2/10/'] },
  memberId: null,
};
const cityAdmin: Asker = { adminOrgIds: [], access: { level: 'city', platform: false }, memberId: null };
const street: Asker = { adminOrgIds: [2], access: { level: 'orgs', paths: ['/1/2/'] }, memberId: null };
const unitOrg: Asker = { adminOrgIds: [20], access: { level: 'orgs', paths: ['/1/5/20/'] }, memberId: null };
const member: Asker = { adminOrgIds: [], access: { level: 'self', memberId: 7 }, memberId: 7 };

describe('who may confirm a report, issue its 报到证 and read its number', () => {
  it('only the community org reported to confirms, and only an issued, unconfirmed report', () => {
    expect(mayConfirm(community, report)).toEqual({ allowed: true });
    for (const who of [cityAdmin, street, unitOrg, member]) {
      const p = mayConfirm(who, report);
      expect(p.allowed).toBe(false);
      expect(!p.allowed && p.reason['zh-CN']).toBe('仅报到社区的党组织可线下确认');
      expect(!p.allowed && p.status).toBeUndefined();
    }
    const early = mayConfirm(community, { ...report, certificateIssued: false });
    expect(!early.allowed && early.status).toBe(409);
    const twice = mayConfirm(community, { ...report, status: 'confirmed' });
    expect(!twice.allowed && twice.status).toBe(409);
  });

  it('the issuing side (the unit org, or anyone whose reach covers it) issues once; the community and the member do not', () => {
    const open = { ...report, certificateIssued: false };
    expect(mayIssueCertificate(unitOrg, open).allowed).toBe(true);
    expect(mayIssueCertificate(cityAdmin, open).allowed).toBe(true);
    expect(mayIssueCertificate(community, open).allowed).toBe(false);
    expect(mayIssueCertificate(member, open).allowed).toBe(false);
    const again = mayIssueCertificate(unitOrg, report);
    expect(!again.allowed && again.status).toBe(409);
  });

  it('the confirming community never reads the number it must check against the paper; the member and issuer do', () => {
    expect(maySeeCertificateNo(community, report)).toBe(false);
    expect(maySeeCertificateNo(member, report)).toBe(true);
    expect(maySeeCertificateNo(unitOrg, report)).toBe(true);
    expect(maySeeCertificateNo(cityAdmin, report)).toBe(true);
    expect(maySeeCertificateNo(street, report)).toBe(false);
    // Even a city-wide reach does not lift it for someone who also administers the community.
    expect(maySeeCertificateNo({ ...cityAdmin, adminOrgIds: [10] }, report)).toBe(false);
  });
});
