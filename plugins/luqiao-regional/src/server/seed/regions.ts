import { addDays, addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { ORG_KINDS } from '../../shared/model';
import { T } from '../common';
import type { SeedRun } from './run';
import { DEALER_BRANDS, demoRegions, OCCUPATIONS, type RegionSpec, SHOP_SUFFIX, WORDS } from './specs';

/** The regions drawn in the streets with their 1+N+1 structure, units, members and registrations. */
export async function seedRegions(s: SeedRun) {
  const {
    db,
    cityId,
    random,
    progress,
    scale,
    today,
    rand,
    chance,
    personName,
    dateBetween,
    at,
    minDate,
    insertPlain,
    streets,
    communities,
    units,
    newIdNumber,
    uniqueUnitName,
    orgPool,
    stayingPool,
    usedCommunities,
    demoMember,
    demoUnit,
  } = s;
  const specs = demoRegions(scale, streets.length);
  progress('regions', 0, specs.length);
  const built: {
    spec: RegionSpec;
    id: number;
    regionalOrgId: number;
    centreOrgId: number;
    established: string;
    unitIds: number[];
    orgUnitIds: number[];
    noOrgUnitIds: number[];
    registered: { memberId: number; name: string; on: string }[];
  }[] = [];

  for (const [index, spec] of specs.entries()) {
    const street = streets[spec.street]!;
    const streetShort = (street.name as string).replace(/(街道|镇)?党工委$/, '').replace(/街道$|镇$/, '');
    const name = spec.name.replace('{street}', streetShort);
    const established = addMonths(today, -spec.age);
    // 1: the regional org; the last 1: the party-member service centre's org.
    const regional = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: street.id,
        kind: ORG_KINDS.regional,
        name: `${name}联合党委`,
        place_id: street.place_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const centreOrg = await db
      .insertInto('core.org')
      .values({
        city_id: cityId,
        parent_id: regional.id,
        kind: ORG_KINDS.centre,
        name: `${name}党员服务中心党支部`,
        place_id: street.place_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const region = await db
      .insertInto(T.region)
      .values({
        city_id: cityId,
        name,
        kind: spec.kind,
        town_org_id: street.id,
        town_place_id: street.place_id,
        regional_org_id: regional.id,
        centre_org_id: centreOrg.id,
        description: `按"行业相近、地域相邻"划定，位于${street.name.replace(/党工委$/, '')}`,
        established_on: established,
        created_at: at(established),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Areas: communities of the street not yet in a region.
    const areaCommunities = communities
      .filter((p) => p.parent_id === street.place_id && !usedCommunities.has(p.id))
      .slice(0, spec.communities);
    for (const p of areaCommunities) usedCommunities.add(p.id);
    if (areaCommunities.length)
      await insertPlain(
        T.regionPlace,
        areaCommunities.map((p) => ({ city_id: cityId, region_id: region.id, place_id: p.id })),
      );

    // Units: existing ones with an org, organs/institutions that stay, and new units without an org.
    const orgUnits: any[] = [];
    let existingMembers = 0;
    const staying: any[] = [];
    const hostsDemoMember = demoUnit && index === Math.min(1, specs.length - 1);
    if (hostsDemoMember) {
      (demoUnit.kind === 'organ' || demoUnit.kind === 'institution' ? staying : orgUnits).push(demoUnit);
      existingMembers += Number(demoUnit.members);
    }
    while (orgUnits.length < spec.orgUnits && orgPool.length) {
      const u = orgPool.shift()!;
      if (
        spec.exactWorking &&
        existingMembers + Number(u.members) > spec.exactWorking - spec.shops - spec.flowing - 5
      )
        continue;
      orgUnits.push(u);
      existingMembers += Number(u.members);
    }
    while (staying.length < spec.stayingUnits && stayingPool.length) {
      const u = stayingPool.shift()!;
      if (
        spec.exactWorking &&
        existingMembers + Number(u.members) > spec.exactWorking - spec.shops - spec.flowing
      )
        continue;
      staying.push(u);
      existingMembers += Number(u.members);
    }
    const auto = spec.kind === 'auto_trade';
    const noOrgNames = Array.from({ length: spec.noOrgUnits }, (_, i) =>
      uniqueUnitName(
        auto
          ? `方林${DEALER_BRANDS[i % DEALER_BRANDS.length]}汽车${pick(random, ['4S店', '销售服务有限公司', '专营店'])}`
          : `${name.slice(0, 2)}${pick(random, WORDS)}${pick(random, WORDS)}${SHOP_SUFFIX[(index + i) % SHOP_SUFFIX.length]}`,
      ),
    );
    const noOrgUnitIds = await insertBatches(
      db,
      'core.unit',
      noOrgNames.map((n) => ({
        city_id: cityId,
        name: n,
        kind: 'new_economic',
        level: 'county',
        org_id: null,
        address: name,
      })),
    );
    const allUnitIds = [...orgUnits.map((u) => u.id), ...staying.map((u) => u.id), ...noOrgUnitIds];
    await insertPlain(
      T.regionUnit,
      allUnitIds.map((u) => ({
        city_id: cityId,
        region_id: region.id,
        unit_id: u,
        joined_on: established,
        centre_covered_since: null,
        centre_liaison: null,
      })),
    );

    // New members working in the units without an org: shop owners first, then others, then flowing members.
    const inService = spec.exactWorking
      ? Math.max(spec.shops, spec.exactWorking - existingMembers - spec.flowing)
      : Math.max(spec.noOrgMembers, spec.shops);
    const communityOrgs = areaCommunities.map((p) => p.org_id).filter(Boolean) as number[];
    const memberRows = [];
    for (let i = 0; i < inService + spec.flowing; i++) {
      const flowing = i >= inService;
      const gender = chance(0.68) ? 'male' : 'female';
      const age = rand(24, 58);
      const birth = `${2026 - age}-${String(rand(1, 12)).padStart(2, '0')}-${String(rand(1, 28)).padStart(2, '0')}`;
      memberRows.push({
        city_id: cityId,
        name: personName(),
        gender,
        id_number: newIdNumber(birth),
        phone: `1${pick(random, ['3', '5', '7', '8', '9'])}${String(rand(0, 999_999_999)).padStart(9, '0')}`,
        birth_date: birth,
        category: flowing ? 'flowing' : 'in_service',
        // Members of units without an org: relation with the centre's org (it develops and keeps them) or their community.
        org_id: flowing || !communityOrgs.length || chance(0.6) ? centreOrg.id : pick(random, communityOrgs),
        unit_id: noOrgUnitIds.length
          ? noOrgUnitIds[i < spec.shops ? i % noOrgUnitIds.length : rand(0, noOrgUnitIds.length - 1)]
          : null,
        residence_place_id: null,
        joined_party_on: `${Math.min(2025, 2026 - age + rand(20, 30))}-07-01`,
        occupation: i < spec.shops ? '个体经营户' : pick(random, OCCUPATIONS),
        skills: null,
      });
    }
    const newMemberIds = await insertBatches(db, 'core.member', memberRows);

    // The N: orgs of the units with an org and of the area communities, moved under the regional org.
    const nOrgIds = [...orgUnits.map((u) => u.org_id as number), ...communityOrgs];
    if (nOrgIds.length) {
      const prev: any[] = await db
        .selectFrom('core.org')
        .select(['id', 'parent_id'])
        .where('city_id', '=', cityId)
        .where('id', 'in', nOrgIds)
        .execute();
      await insertPlain(
        T.move,
        prev.map((o) => ({
          city_id: cityId,
          region_id: region.id,
          org_id: o.id,
          previous_parent_id: o.parent_id,
          moved_at: at(addDays(established, rand(3, 20))),
          moved_by: null,
        })),
      );
      await db
        .updateTable('core.org')
        .set({ parent_id: regional.id })
        .where('city_id', '=', cityId)
        .where('id', 'in', nOrgIds)
        .execute();
    }

    // Registration: everyone working in the region's units (and the flowing members) registers with the regional org.
    const working: any[] = await db
      .selectFrom('core.member as m')
      .innerJoin('core.unit as u', (j) =>
        j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
      )
      .select(['m.id', 'm.name', 'm.category', 'm.unit_id', 'u.org_id'])
      .where('m.city_id', '=', cityId)
      .where('m.unit_id', 'in', allUnitIds.length ? allUnitIds : [0])
      .where('m.active', '=', true)
      .orderBy('m.id')
      .execute();
    const shopOwners = new Set(newMemberIds.slice(0, spec.shops));
    const window =
      spec.registerShare >= 1 ? addMonths(established, 2) : minDate(addMonths(established, 14), today);
    const regs = working
      .filter((m) => m.id !== demoMember?.id || !hostsDemoMember)
      .filter((m) => shopOwners.has(m.id) || spec.registerShare >= 1 || chance(spec.registerShare))
      .map((m) => ({
        memberId: m.id as number,
        name: m.name as string,
        unitId: m.unit_id as number,
        via: m.org_id ? 'unit_org' : 'centre_org',
        on: dateBetween(addDays(established, 7), window),
      }));
    const regionAff = await insertBatches(
      db,
      'core.member_affiliation',
      regs.map((r) => ({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'region',
        org_id: regional.id,
        place_id: null,
        since: r.on,
        until: null,
        note: name,
      })),
    );
    const centreRegs = regs.map((r, i) => ({ r, i })).filter(({ r }) => r.via === 'centre_org');
    const centreAff = await insertBatches(
      db,
      'core.member_affiliation',
      centreRegs.map(({ r }) => ({
        city_id: cityId,
        member_id: r.memberId,
        kind: 'org',
        org_id: centreOrg.id,
        place_id: null,
        since: r.on,
        until: null,
        note: '党员服务中心党组织接纳',
      })),
    );
    const centreAffOf = new Map(centreRegs.map(({ i }, k) => [i, centreAff[k]!]));
    const shopNames = new Map<number, string>();
    for (const [k, m] of [...shopOwners].entries()) shopNames.set(m, `${noOrgNames[k % noOrgNames.length]}`);
    const regIds = await insertBatches(
      db,
      T.registration,
      regs.map((r, i) => ({
        city_id: cityId,
        region_id: region.id,
        member_id: r.memberId,
        via: r.via,
        unit_id: r.unitId,
        registered_on: r.on,
        region_affiliation_id: regionAff[i],
        centre_affiliation_id: centreAffOf.get(i) ?? null,
        shop_name: shopNames.get(r.memberId) ?? null,
        shop_displayed_on: shopNames.has(r.memberId) ? minDate(addDays(r.on, rand(0, 30)), today) : null,
      })),
    );
    // 共产党员示范店: nominations last year (some awarded) and this year (pending).
    const shopRegs = regs.map((r, i) => ({ r, id: regIds[i]! })).filter(({ r }) => shopNames.has(r.memberId));
    const year = Number(today.slice(0, 4));
    const nominations = shopRegs.flatMap(({ r, id }, k) => {
      const out = [];
      if (k % 4 === 0 && r.on < `${year - 1}-10-01`)
        out.push({
          city_id: cityId,
          registration_id: id,
          year: year - 1,
          nominated_on: `${year - 1}-10-${String(rand(10, 28)).padStart(2, '0')}`,
          status: k % 8 === 0 ? 'awarded' : 'not_awarded',
          decided_on: `${year - 1}-12-20`,
          note: null,
        });
      if (k % 5 === 1)
        out.push({
          city_id: cityId,
          registration_id: id,
          year,
          nominated_on: minDate(`${year}-10-15`, today),
          status: 'nominated',
          decided_on: null,
          note: null,
        });
      return out;
    });
    if (nominations.length) await insertBatches(db, T.nomination, nominations);
    // The centre's org covers units without an org once it looks after their members; a few get a liaison.
    const coveredOn = new Map<number, string>();
    for (const r of regs)
      if (r.via === 'centre_org' && r.unitId && (!coveredOn.has(r.unitId) || r.on < coveredOn.get(r.unitId)!))
        coveredOn.set(r.unitId, r.on);
    for (const [unitId, on] of coveredOn)
      await db
        .updateTable(T.regionUnit)
        .set({ centre_covered_since: on, centre_liaison: chance(0.5) ? `${personName()}(党建指导员)` : null })
        .where('city_id', '=', cityId)
        .where('unit_id', '=', unitId)
        .execute();
    // 群团组织 mirroring the structure.
    const mass = [{ kind: 'youth_league', name: `${name}团委` }];
    if (index % 2 === 0) mass.push({ kind: 'women_federation', name: `${name}妇联` });
    if (index % 3 === 0) mass.push({ kind: 'trade_union', name: `${name}联合工会` });
    await insertBatches(
      db,
      T.massOrg,
      mass.map((m) => ({
        city_id: cityId,
        region_id: region.id,
        kind: m.kind,
        name: m.name,
        mirrors_org_id: regional.id,
        leader_name: personName(),
        established_on: addDays(established, rand(10, 60)),
      })),
    );
    built.push({
      spec,
      id: region.id,
      regionalOrgId: regional.id,
      centreOrgId: centreOrg.id,
      established,
      unitIds: allUnitIds,
      orgUnitIds: orgUnits.map((u) => u.id),
      noOrgUnitIds,
      registered: regs.map((r) => ({ memberId: r.memberId, name: r.name, on: r.on })),
    });
    progress('regions', index + 1, specs.length);
  }

  return built;
}

/** A region as the seed built it (the later steps build on these). */
export type Built = Awaited<ReturnType<typeof seedRegions>>[number];
