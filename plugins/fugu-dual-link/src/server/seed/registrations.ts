import { addDays, insertBatches, intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { S } from '../common';
import { letterNo } from '../registrations/rules';
import type { Structure } from './structure';
import { bulkInsert, dateBetween, type Engagement, type Reg, type SeedWorld } from './world';

const COMMITMENTS = [
  '亮明身份，带头遵守小区公约',
  '每季度到社区报到，认领并履行服务岗位',
  '每年为社区办一至两件实事',
  '带头参加环境整治和文明创建',
  '热心调解邻里纠纷，做群众贴心人',
  '发挥专业特长，为居民提供志愿服务',
];

/**
 * Every in-service member sent to a community at the rollout: most stamped and filed, a few letters still out, a few
 * moved house (the first card closed, a second letter sent); stamped cards are core affiliations.
 */
export async function seedRegistrations(w: SeedWorld, s: Structure) {
  const { db, city, random, T, rolloutStart, progress } = w;
  const { communities, communityOfPlace, buildingsOf, pairedCommunity, inService, demoMemberId } = s;
  const regs: Reg[] = [];
  const closed: Reg[] = [];
  for (const m of inService) {
    const communityOrgId =
      (m.residence_place_id && communityOfPlace.get(m.residence_place_id)) ||
      pairedCommunity.get(m.org_id) ||
      pick(random, communities).id;
    let residence: number | null = null;
    if (m.residence_place_id && communityOfPlace.get(m.residence_place_id) === communityOrgId) {
      const buildings = buildingsOf.get(m.residence_place_id) ?? [];
      residence = buildings.length && random() < 0.8 ? pick(random, buildings) : m.residence_place_id;
    }
    const engagement: Engagement =
      m.id === demoMemberId ? 'high' : weighted(random, { high: 72, medium: 25, low: 3 });
    const base = {
      memberId: m.id,
      unitOrgId: m.org_id,
      communityOrgId,
      residence,
      engagement,
      cadreRank: m.cadre_rank,
      skills: m.skills,
      occupation: m.occupation,
      activities: [],
      visits: [],
      things: [],
    };
    const sentOn = addDays(rolloutStart, intBetween(random, 0, 10));
    const stampedOn = addDays(sentOn, intBetween(random, 1, 12));
    const filedOn = addDays(stampedOn, intBetween(random, 1, 10));
    const r = m.id === demoMemberId ? 1 : random();
    if (r < 0.006) {
      // Newly assigned to a unit: the letter is out, the member has not reported yet.
      regs.push({
        ...base,
        sentOn: addDays(T, -intBetween(random, 1, 20)),
        stampedOn: null,
        filedOn: null,
        closedOn: null,
        status: 'sent',
      });
    } else if (r < 0.02 && communities.length > 1) {
      // Moved house: the first community closed the card and the new one received a new letter.
      const movedOn = dateBetween(random, addDays(filedOn, 60), addDays(T, -60));
      const previous: Reg = {
        ...base,
        activities: [],
        visits: [],
        things: [],
        communityOrgId: pick(
          random,
          communities.filter((c) => c.id !== communityOrgId),
        ).id,
        residence: null,
        sentOn,
        stampedOn,
        filedOn,
        closedOn: movedOn,
        status: 'closed',
      };
      closed.push(previous);
      const newStamp = addDays(movedOn, intBetween(random, 2, 10));
      const newFiled = addDays(newStamp, intBetween(random, 2, 10));
      regs.push({
        ...base,
        previous,
        sentOn: movedOn,
        stampedOn: newStamp,
        filedOn: newFiled <= T ? newFiled : null,
        closedOn: null,
        status: newFiled <= T ? 'filed' : 'stamped',
      });
    } else if (r < 0.035)
      regs.push({ ...base, sentOn, stampedOn, filedOn: null, closedOn: null, status: 'stamped' });
    else regs.push({ ...base, sentOn, stampedOn, filedOn, closedOn: null, status: 'filed' });
  }
  progress('registrations', 0, regs.length + closed.length);
  const letter = (r: Reg, n: number) => letterNo(r.sentOn, r.memberId, n - 1);
  const regRow = (r: Reg, n: number, affiliationId: number | null) => {
    const own = r.memberId === demoMemberId;
    return {
      city_id: city,
      member_id: r.memberId,
      unit_org_id: r.unitOrgId,
      community_org_id: r.communityOrgId,
      residence_place_id: r.residence,
      address: null,
      occupation: r.occupation,
      skills: r.skills,
      commitment: pick(random, COMMITMENTS),
      on_board: own || random() < 0.88,
      show_photo: own || random() < 0.6,
      show_unit: own || random() < 0.8,
      show_commitment: own || random() < 0.8,
      show_post: own || random() < 0.7,
      status: r.status,
      letter_no: letter(r, n),
      sent_on: r.sentOn,
      stamped_on: r.stampedOn,
      part1_filed_on: r.filedOn,
      closed_on: r.closedOn,
      close_reason: r.closedOn ? 'moved' : null,
      previous_id: r.previous?.id ?? null,
      affiliation_id: affiliationId,
    };
  };
  const affRow = (r: Reg) => ({
    city_id: city,
    member_id: r.memberId,
    kind: 'community',
    org_id: r.communityOrgId,
    place_id: r.residence,
    since: r.stampedOn,
    until: r.closedOn,
    note: '双联双管',
  });
  const closedAff = await bulkInsert(db, 'core.member_affiliation', closed.map(affRow));
  const closedIds = await bulkInsert(
    db,
    `${S}.registration`,
    closed.map((r, i) => regRow(r, 1, closedAff[i]!)),
  );
  closed.forEach((r, i) => {
    r.id = closedIds[i];
  });
  const stamped = regs.filter((r) => r.stampedOn);
  const stampedAff = await bulkInsert(db, 'core.member_affiliation', stamped.map(affRow));
  const affOf = new Map(stamped.map((r, i) => [r, stampedAff[i]!]));
  const regIds = await bulkInsert(
    db,
    `${S}.registration`,
    regs.map((r) => regRow(r, r.previous ? 2 : 1, affOf.get(r) ?? null)),
    (d, t) => progress('registrations', d, t),
  );
  regs.forEach((r, i) => {
    r.id = regIds[i];
  });
  const active = stamped;
  const everActive = [...active, ...closed];
  await insertBatches(
    db,
    `${S}.notice`,
    regs
      .filter((r) => r.previous)
      .map((r) => ({
        city_id: city,
        to_org_id: r.unitOrgId,
        kind: 'moved',
        member_id: r.memberId,
        registration_id: r.id,
        dedupe_key: `r${r.previous!.id}`,
        payload: JSON.stringify({
          from: communities.find((c) => c.id === r.previous!.communityOrgId)?.name,
          to: communities.find((c) => c.id === r.communityOrgId)?.name,
        }),
        created_on: r.sentOn,
        read_on: addDays(r.sentOn, intBetween(random, 1, 5)),
      })),
  );
  return { regs, closed, active, everActive };
}
