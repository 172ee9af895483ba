import { intBetween, pick, weighted } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { People } from './people';
import type { Row, SeedRun } from './run';

/** Councils with their part-time members (兼职委员), and a party-representative studio per street. */
export async function seedCouncils(run: SeedRun, network: Network, people: People) {
  const { cityId, random, ins, person } = run;
  const { branches, communities, streetOrgIds } = network;
  const { units, twoNew, membersOfGrid, memberName } = people;
  const bodyRows: Row[] = [];
  const bodySize: number[] = [];
  for (const st of streetOrgIds) {
    bodyRows.push(
      {
        city_id: cityId,
        org_id: st,
        kind: 'big_working_committee',
        name: '街道大工委',
        established_on: '2017-03-01',
      },
      {
        city_id: cityId,
        org_id: st,
        kind: 'promotion_council',
        name: '街道党建促进会',
        established_on: '2017-03-01',
      },
    );
    bodySize.push(intBetween(random, 8, 12), intBetween(random, 10, 16));
  }
  for (const cm of communities) {
    bodyRows.push(
      {
        city_id: cityId,
        org_id: cm.community_org_id,
        kind: 'big_party_committee',
        name: `${cm.community_name}大党委`,
        established_on: '2017-04-01',
      },
      {
        city_id: cityId,
        org_id: cm.community_org_id,
        kind: 'joint_council',
        name: `${cm.community_name}党建联席会`,
        established_on: '2017-04-01',
      },
    );
    bodySize.push(intBetween(random, 5, 9), intBetween(random, 6, 10));
  }
  for (const b of branches) {
    bodyRows.push({
      city_id: cityId,
      org_id: b.org_id,
      kind: 'consultation_council',
      name: `${b.community_name}${b.name}党建协商会`,
      established_on: '2017-06-01',
    });
    bodySize.push(intBetween(random, 4, 7));
  }
  const bodyIds = await ins('body', bodyRows);
  const bodyMemberRows: Row[] = [];
  bodyIds.forEach((bodyId, i) => {
    const body = bodyRows[i]!;
    const onGrid = body.kind === 'consultation_council';
    for (let k = 0; k < bodySize[i]!; k++) {
      let source: string =
        k === 0
          ? 'unit'
          : weighted<string>(
              random,
              onGrid
                ? { unit: 2, resident: 3, member: 3, grid_worker: 1, two_new_secretary: 1 }
                : { unit: 6, resident: 1, member: 1, two_new_secretary: 2 },
            );
      if (source === 'two_new_secretary' && !twoNew.length) source = 'unit';
      if (source === 'unit' && !units.length) source = 'resident';
      const gridMembers = membersOfGrid.get(body.org_id as number) ?? [];
      if (source === 'member' && !gridMembers.length) source = 'resident';
      const unit =
        source === 'two_new_secretary'
          ? pick(random, twoNew)
          : source === 'unit'
            ? pick(random, units)
            : null;
      const memberId = source === 'member' ? pick(random, gridMembers) : null;
      bodyMemberRows.push({
        city_id: cityId,
        body_id: bodyId,
        name: memberId ? memberName.get(memberId)! : person(),
        source,
        role: k === 0 ? 'convener' : 'part_time_member',
        unit_id: unit?.id ?? null,
        member_id: memberId,
        since: String(body.established_on),
        until: null,
      });
    }
  });
  await ins('body_member', bodyMemberRows, 'council members');

  // ---- Party-representative studios, one per street.
  const studioIds = await ins(
    'studio',
    streetOrgIds.map((st, i) => ({
      city_id: cityId,
      org_id: st,
      name: `第${i + 1}党代表工作室`,
      representatives: JSON.stringify(Array.from({ length: intBetween(random, 3, 5) }, person)),
    })),
  );
  return { studioIds };
}
export type Councils = Awaited<ReturnType<typeof seedCouncils>>;
