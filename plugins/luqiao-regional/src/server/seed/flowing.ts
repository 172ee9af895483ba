import { addDays, insertBatches } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { T } from '../common';
import type { Built } from './regions';
import type { SeedRun } from './run';

/** Flowing party branches of members from elsewhere, with their activities. */
export async function seedFlowingBranches(s: SeedRun, built: Built[]) {
  const { db, cityId, scale, today, personName, dateBetween } = s;
  const cbd = built[0]!;
  // Flowing party branches of members from elsewhere.
  const branchSpecs =
    scale === 'small'
      ? [
          {
            region: cbd,
            name: '外省驻区流动党支部',
            origin: '江西省丰城市',
            members: 2,
            activities: [
              ['investment', 120, 1],
              ['dispute', 1, 2],
            ] as const,
          },
        ]
      : [
          {
            region: built[3]!,
            name: '丰城市焦坑乡驻台州流动党支部',
            origin: '江西省丰城市焦坑乡',
            members: 14,
            activities: [
              ['investment', 6100, 14],
              ['incident', 1, 12],
              ['dispute', 1, 46],
            ] as const,
          },
          {
            region: built[1]!,
            name: '安徽籍驻路桥汽车城流动党支部',
            origin: '安徽省阜阳市',
            members: 9,
            activities: [
              ['employment', 1, 18],
              ['dispute', 1, 7],
            ] as const,
          },
        ];
  for (const bs of branchSpecs) {
    const org = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: bs.region.centreOrgId,
        kind: ORG_KINDS.flowing,
        name: bs.name,
        place_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const established = bs.region.established;
    const branch = await db
      .insertInto(T.branch)
      .values({
        city_id: cityId,
        org_id: org.id,
        region_id: bs.region.id,
        origin: bs.origin,
        origin_org_name: `${bs.origin}党委`,
        established_on: scale === 'small' ? established : '2007-03-01',
        contact_name: personName(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const flowingMembers: any[] = await db
      .selectFrom('core.member')
      .select(['id'])
      .where('city_id', '=', cityId)
      .where('category', '=', 'flowing')
      .where('unit_id', 'in', bs.region.unitIds.length ? bs.region.unitIds : [0])
      .orderBy('id')
      .limit(bs.members)
      .execute();
    const since = scale === 'small' ? established : addDays(established, 20);
    const affIds = await insertBatches(
      db,
      'core.member_affiliation',
      flowingMembers.map((m) => ({
        city_id: cityId,
        member_id: m.id,
        kind: 'org',
        org_id: org.id,
        place_id: null,
        since,
        until: null,
        note: bs.name,
      })),
    );
    if (flowingMembers.length)
      await insertBatches(
        db,
        T.branchMember,
        flowingMembers.map((m, i) => ({
          city_id: cityId,
          branch_id: branch.id,
          member_id: m.id,
          joined_on: since,
          left_on: null,
          affiliation_id: affIds[i],
        })),
      );
    const acts: Record<string, unknown>[] = [];
    for (const [kind, total, count] of bs.activities) {
      const first = scale === 'small' ? established : '2007-06-01';
      for (let i = 0; i < count; i++)
        acts.push({
          city_id: cityId,
          branch_id: branch.id,
          kind,
          happened_on: dateBetween(first, today),
          // Investment (万元) split so the rows add up to the total; the others count one each.
          amount:
            kind === 'investment'
              ? i < count - 1
                ? Math.floor(total / count)
                : total - Math.floor(total / count) * (count - 1)
              : total,
          description:
            kind === 'investment'
              ? '为家乡引进投资项目'
              : kind === 'incident'
                ? '协助处置务工人员安全事故'
                : kind === 'dispute'
                  ? '帮助解决劳资劳保纠纷'
                  : '帮助老乡在台州就业',
        });
    }
    await insertBatches(db, T.branchActivity, acts);
  }
}
