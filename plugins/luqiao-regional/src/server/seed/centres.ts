import { addDays, addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { DEFAULT_STANDARDS } from '../../manifest';
import { BASIC_SERVICES } from '../../shared/model';
import { T } from '../common';
import type { Built } from './regions';
import type { SeedRun } from './run';

/** Three levels of service centres and stations, with their visit records. */
export async function seedCentres(s: SeedRun, built: Built[]) {
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
    maxDate,
    root,
    streets,
  } = s;
  // Three levels of centres (stations): district 1, one per town, and per region one centre plus stations.
  const centreRows: Record<string, unknown>[] = [];
  const std = DEFAULT_STANDARDS;
  const meets = (level: keyof typeof std) => {
    const s = std[level];
    const ok = chance(level === 'region' ? 0.82 : 0.9);
    return {
      floor_area: ok
        ? s.minFloorArea + rand(0, s.minFloorArea)
        : Math.max(10, s.minFloorArea - rand(5, Math.floor(s.minFloorArea / 2))),
      staff_count: ok || chance(0.5) ? s.minStaff + rand(0, 2) : Math.max(0, s.minStaff - 1),
      funding_source: pick(random, s.fundingSources),
    };
  };
  centreRows.push({
    city_id: cityId,
    level: 'district',
    kind: 'centre',
    name: '区党员服务中心',
    owner_org_id: root.id,
    region_id: null,
    place_id: null,
    ...meets('district'),
    floor_area: 420,
    staff_count: 6,
    funding_source: 'district_finance',
    opened_on: addMonths(today, -24),
  });
  for (const s of streets)
    centreRows.push({
      city_id: cityId,
      level: 'town',
      kind: 'centre',
      name: `${(s.name as string).replace(/党工委$/, '')}党员服务中心`,
      owner_org_id: s.id,
      region_id: null,
      place_id: s.place_id,
      ...meets('town'),
      opened_on: addMonths(today, -rand(18, 23)),
    });
  for (const b of built) {
    const regionName = (
      await db
        .selectFrom(T.region)
        .select('name')
        .where('city_id', '=', cityId)
        .where('id', '=', b.id)
        .executeTakeFirstOrThrow()
    ).name as string;
    centreRows.push({
      city_id: cityId,
      level: 'region',
      kind: 'centre',
      name: b.spec.centreName ?? `${regionName}党员服务中心`,
      owner_org_id: b.centreOrgId,
      region_id: b.id,
      place_id: null,
      ...meets('region'),
      opened_on: addDays(b.established, rand(5, 30)),
    });
    for (let k = 1; k <= b.spec.stations; k++)
      centreRows.push({
        city_id: cityId,
        level: 'region',
        kind: 'station',
        name: `${regionName}第${k}党员服务站`,
        owner_org_id: b.centreOrgId,
        region_id: b.id,
        place_id: null,
        ...meets('region'),
        opened_on: addDays(b.established, rand(30, 200)),
      });
  }
  const centreIds = await insertBatches(db, T.centre, centreRows);
  progress('centres', centreIds.length, centreIds.length);

  // Visits: 来访接待 records, about half time-limited (限时办结), most closed on time, a few late or overdue.
  const visitRows: Record<string, unknown>[] = [];
  const staff = Array.from({ length: 40 }, personName);
  centreRows.forEach((ce, i) => {
    const n =
      scale === 'small'
        ? 4
        : ce.level === 'district'
          ? 110
          : ce.level === 'town'
            ? 55
            : ce.kind === 'centre'
              ? 45
              : 14;
    const opened = ce.opened_on as string;
    for (let k = 0; k < n; k++) {
      const service = chance(0.9) ? pick(random, BASIC_SERVICES) : 'other';
      const on = dateBetween(maxDate(opened, addMonths(today, -12)), today);
      const received = at(on);
      const timeLimited = service !== 'policy_consultation' && chance(0.6);
      const due = timeLimited ? addDays(on, pick(random, [3, 5, 5, 7])) : null;
      let completedOn: string | null = timeLimited ? null : on;
      if (timeLimited) {
        const r = random();
        const candidate =
          r < 0.9
            ? addDays(on, rand(0, Math.round((Date.parse(due!) - Date.parse(on)) / 86_400_000)))
            : r < 0.96
              ? addDays(due!, rand(1, 6))
              : // Still open: overdue if recent, otherwise eventually closed late.
                due! < addDays(today, -40)
                ? addDays(due!, rand(8, 30))
                : null;
        completedOn = candidate && candidate <= today ? candidate : null;
      }
      visitRows.push({
        city_id: cityId,
        centre_id: centreIds[i],
        service,
        visitor_name: personName(),
        visitor_member_id: null,
        subject: pick(random, [
          '咨询组织关系转接手续',
          '补交党费',
          '流动党员报到登记',
          '入党积极分子培养咨询',
          '参加党员教育培训',
          '申请困难党员帮扶',
          '求职登记推介',
          '开具党员证明',
          '咨询党务政策',
        ]),
        first_responder: pick(random, staff),
        referred_to: chance(0.1) ? pick(random, ['区委组织部', '街道党工委', '人社所']) : null,
        received_at: received,
        received_on: on,
        time_limited: timeLimited,
        due_on: due,
        completed_at: completedOn ? at(completedOn, 17) : null,
        completed_on: completedOn,
        result: completedOn
          ? pick(random, ['已当场解答', '已办结', '已转交并跟踪办结', '材料齐全，已办理'])
          : null,
      });
    }
  });
  await insertBatches(db, T.visit, visitRows, (d, t) => progress('visits', d, t));
}
