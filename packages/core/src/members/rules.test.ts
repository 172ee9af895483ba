import { describe, expect, it } from 'vitest';
import type { Member } from '../db/schema';
import { affiliationView, memberView, memberVisibility, namedAffiliationView, revealDecision } from './rules';

const member: Member = {
  city_id: 1,
  id: 7,
  name: '张三',
  gender: 'male',
  id_number: '11010519491231002X',
  phone: '13900001111',
  birth_date: '1949-12-31',
  category: 'in_service',
  cadre_rank: 'section',
  org_id: 3,
  unit_id: 4,
  residence_place_id: 5,
  joined_party_on: '1975-07-01',
  occupation: '教师',
  skills: null,
  active: true,
  created_at: new Date(0),
  updated_at: new Date(0),
};

describe('member rules', () => {
  it('masks ID number and phone unless revealed', () => {
    const masked = memberView({ ...member, org_name: '一支部', unit_name: null }, false);
    expect(masked).toMatchObject({
      id: 7,
      idNumber: '1101**********002X',
      phone: '139****1111',
      orgName: '一支部',
      unitName: null,
      masked: true,
    });
    const shown = memberView(member, true);
    expect([shown.idNumber, shown.phone, shown.masked]).toEqual(['11010519491231002X', '13900001111', false]);
    expect(memberView({ ...member, phone: null }, false).phone).toBeNull();
  });

  it('shows an affiliation with or without the names of its org and place', () => {
    const row = {
      id: 2,
      kind: 'community',
      org_id: 9,
      place_id: null,
      since: '2026-01-01',
      until: null,
      note: null,
    };
    expect(affiliationView(row)).toEqual({
      id: 2,
      kind: 'community',
      orgId: 9,
      placeId: null,
      since: '2026-01-01',
      until: null,
      note: null,
    });
    expect(namedAffiliationView({ ...row, org_name: '东社区党委', place_name: null })).toMatchObject({
      orgName: '东社区党委',
      placeName: null,
    });
  });

  it('lets an actor see members in their subtrees, or only their own record', () => {
    const m = { id: 7, orgPath: '/1/5/9/' };
    expect(memberVisibility({ level: 'city', platform: false }, m)).toEqual({ visible: true, self: false });
    expect(memberVisibility({ level: 'orgs', paths: ['/1/5/'] }, m)).toEqual({ visible: true, self: false });
    expect(memberVisibility({ level: 'orgs', paths: ['/1/55/'] }, m)).toEqual({
      visible: false,
      self: false,
    });
    expect(memberVisibility({ level: 'self', memberId: 7 }, m)).toEqual({ visible: true, self: true });
    expect(memberVisibility({ level: 'self', memberId: 8 }, m)).toEqual({ visible: false, self: false });
    expect(memberVisibility({ level: 'self', memberId: null }, m)).toEqual({ visible: false, self: false });
  });

  it('reveals to the member themselves and to city admins, auditing only a city admin looking at another', () => {
    const city = { level: 'city', platform: false } as const;
    expect(revealDecision(city, false, true)).toEqual({ reveal: true, audited: true });
    expect(revealDecision(city, false, false)).toEqual({ reveal: false, audited: false });
    expect(revealDecision({ level: 'self', memberId: 7 }, true, true)).toEqual({
      reveal: true,
      audited: false,
    });
    expect(revealDecision({ level: 'orgs', paths: ['/1/'] }, false, true)).toEqual({
      reveal: false,
      audited: false,
    });
  });
});
