import { intBetween, pick, weighted } from '@jiceng/plugin-kit';
import { S } from '../common';
import type { CompoundOrgs } from './compound-orgs';
import { bulk, dayIn, PUBLISHED, personName } from './data';
import type { World } from './world';

/** 红色业委会: in covered compounds; party members among owners, some cross-appointed, some 一肩挑. */
export async function seedRedCommittees(s: World & CompoundOrgs) {
  const { db, cityId, random, progress, rnd, compounds, residents, orgOfCompound } = s;
  progress('red committees', 0, 1);
  const coveredCompounds = compounds.filter((c) => orgOfCompound.has(c.id));
  const committeeCount = Math.min(
    coveredCompounds.length,
    rnd((PUBLISHED.redCommittees * compounds.length) / PUBLISHED.compounds),
  );
  const chosen = [...coveredCompounds]
    .sort(() => random() - 0.5)
    .slice(0, committeeCount)
    .sort((a, b) => a.id - b.id);
  const committeeIds = await bulk(
    db,
    `${S}.red_committee`,
    chosen.map((c) => ({
      city_id: cityId,
      compound_place_id: c.id,
      compound_org_id: orgOfCompound.get(c.id),
      name: `${c.name}业主委员会`,
      formed_on: dayIn(random, '2017-06-01', '2018-09-30'),
      property_company: random() < 0.8 ? `${c.name.slice(0, 2)}物业服务有限公司` : null,
    })),
    true,
  );
  const inServiceShare = PUBLISHED.redInService / PUBLISHED.redPartyMembers;
  const oneShoulderShare = PUBLISHED.oneShoulder / PUBLISHED.redCommittees;
  const crossShare = PUBLISHED.crossAppointed / (PUBLISHED.redPartyMembers - PUBLISHED.oneShoulder);
  const committeeRows: Record<string, unknown>[] = [];
  chosen.forEach((c, i) => {
    const pool = residents.get(c.id) ?? [];
    const party = new Map<number, string>();
    const wanted = Number(weighted(random, { '1': 0.35, '2': 0.45, '3': 0.15, '4': 0.05 })); // mean 1.9 = 925 / 489
    for (let n = 0; n < wanted; n++) {
      const inSvc = pool.filter((m) => m.category === 'in_service' && !party.has(m.id));
      const others = pool.filter((m) => m.category !== 'in_service' && !party.has(m.id));
      const from =
        random() < inServiceShare ? (inSvc.length ? inSvc : others) : others.length ? others : inSvc;
      if (!from.length) break;
      const m = pick(random, from);
      party.set(m.id, m.name);
    }
    const partyList = [...party.keys()];
    const oneShoulder = partyList.length > 0 && random() < oneShoulderShare;
    let chairTaken = false;
    partyList.forEach((memberId, n) => {
      const isChair = oneShoulder && n === 0;
      if (isChair) chairTaken = true;
      const branchRole = isChair
        ? 'secretary'
        : random() < crossShare
          ? pick(random, ['deputy_secretary', 'committee_member', 'committee_member'])
          : null;
      committeeRows.push({
        city_id: cityId,
        committee_id: committeeIds[i],
        name: party.get(memberId),
        member_id: memberId,
        role: isChair ? 'chair' : n === 1 ? 'vice_chair' : 'member',
        branch_role: branchRole,
      });
    });
    const ownersCount = intBetween(random, 2, 4);
    for (let n = 0; n < ownersCount; n++)
      committeeRows.push({
        city_id: cityId,
        committee_id: committeeIds[i],
        name: personName(random),
        member_id: null,
        role: !chairTaken && n === 0 ? 'chair' : 'member',
        branch_role: null,
      });
  });
  await bulk(db, `${S}.red_committee_member`, committeeRows);
  progress('red committees', 1, 1);
}
