import { intBetween } from '@jiceng/plugin-kit';
import { certificateNumber } from '../../shared/model';
import { S } from '../common';
import { addDays, bulk, dayIn, daysBetween, minDate, PUBLISHED } from './data';
import type { World } from './world';

/** 报到: the rule picks the community; a few have not reported; most reports are confirmed with the 报到证. */
export async function seedReports(s: World) {
  const {
    db,
    cityId,
    random,
    progress,
    config,
    now,
    period,
    yearStart,
    yesterday,
    rnd,
    communities,
    communityOfPlace,
    members,
    units,
    links,
    compoundOfPlace,
    placeCommunityOrg,
    inService,
    stamp,
  } = s;
  const unitOrg = new Map(units.map((u) => [u.id, u.org_id]));
  const pairedCommunity = new Map<number, number>();
  for (const l of links)
    if (!pairedCommunity.has(l.from_org_id) || l.to_org_id < pairedCommunity.get(l.from_org_id)!)
      pairedCommunity.set(l.from_org_id, l.to_org_id);
  const demoMemberId = inService[0]?.id; // the demo "member" account walks the two-step report itself
  interface Reported {
    memberId: number;
    community: number;
    date: string;
    confirmed: boolean;
  }
  const reported: Reported[] = [];
  const reportRows: Record<string, unknown>[] = [];
  progress('reports', 0, inService.length);
  for (const m of inService) {
    const inCommunity =
      m.residence_place_id != null &&
      (compoundOfPlace.has(m.residence_place_id) || communityOfPlace.has(m.residence_place_id));
    const issuer = (m.unit_id ? unitOrg.get(m.unit_id) : null) ?? m.org_id;
    const community = inCommunity ? placeCommunityOrg(m.residence_place_id) : pairedCommunity.get(issuer);
    if (community == null || m.id === demoMemberId || random() >= PUBLISHED.reportProbability) continue;
    const date = dayIn(random, yearStart, yesterday, 1.8);
    const age = daysBetween(date, now);
    const confirmed = random() < (age > 14 ? 0.993 : 0.55);
    const confirmDate = minDate(now, addDays(date, intBetween(random, 1, 10)));
    const issued = confirmed || random() < 0.5;
    reportRows.push({
      city_id: cityId,
      member_id: m.id,
      period,
      community_org_id: community,
      rule: inCommunity ? 'residence' : 'co_building',
      issuer_org_id: issuer,
      status: confirmed ? 'confirmed' : 'online',
      reported_at: stamp(random, date),
      certificate_no: issued
        ? certificateNumber(
            config.certificatePrefix,
            period,
            m.id,
            Math.floor(random() * 65_536)
              .toString(16)
              .padStart(4, '0'),
          )
        : null,
      certificate_issued_at: issued
        ? stamp(random, minDate(now, addDays(date, intBetween(random, 0, 2))))
        : null,
      confirmed_at: confirmed ? stamp(random, confirmDate) : null,
    });
    reported.push({ memberId: m.id, community, date, confirmed });
  }
  // Confirmation stamps must not precede the report on the same day.
  for (const r of reportRows) {
    if (r.confirmed_at && (r.confirmed_at as string) < (r.reported_at as string))
      r.confirmed_at = r.reported_at;
    if (r.certificate_issued_at && (r.certificate_issued_at as string) < (r.reported_at as string))
      r.certificate_issued_at = r.reported_at;
    if (r.confirmed_at && (r.certificate_issued_at as string) > (r.confirmed_at as string))
      r.certificate_issued_at = r.confirmed_at;
  }
  await bulk(db, `${S}.report`, reportRows);
  progress('reports', inService.length, inService.length);

  const byCommunity = new Map<number, Reported[]>();
  for (const r of reported) {
    if (!byCommunity.has(r.community)) byCommunity.set(r.community, []);
    byCommunity.get(r.community)!.push(r);
  }
  const activeCommunities = communities.filter((c) => byCommunity.has(c.id));
  /** Splits a total over the communities in proportion to the members reporting there. */
  const share = (total: number) => {
    const out = new Map<number, number>();
    if (!reported.length) return out;
    let given = 0;
    activeCommunities.forEach((c, i) => {
      const n =
        i === activeCommunities.length - 1
          ? total - given
          : rnd((total * byCommunity.get(c.id)!.length) / reported.length);
      out.set(c.id, Math.max(0, n));
      given += n;
    });
    return out;
  };
  return { reported, byCommunity, activeCommunities, share };
}

export type Reports = Awaited<ReturnType<typeof seedReports>>;
