import { addDays, intBetween, pick, toLocalDate } from '@jiceng/plugin-kit';
import type { Network } from './network';
import type { People } from './people';
import { insertPlain, type Row, type SeedRun } from './run';

/** The regional alliance (区域化党建联盟): its first member units, representatives, a year of meetings. */
export async function seedAlliance(run: SeedRun, network: Network, people: People) {
  const { db, cityId, random, demo, progress, t, ins, today, day, at, chance, person, mobile } = run;
  const { communities } = network;
  const { units, membersOfUnit, memberName } = people;
  progress('alliance', 0, 1);
  const lead = communities[0]!;
  const [allianceId] = await ins('alliance', [
    {
      city_id: cityId,
      name: `${lead.community_name}区域化党建联盟`,
      lead_org_id: lead.community_org_id,
      founded_on: '2016-03-01',
      charter_adopted_on: '2016-03-01',
      charter: [
        '第一条 联盟由社区党委牵头，辖区单位党组织自愿参加，是区域党建工作的议事、联络、协调机构。',
        '第二条 成员单位各派一至两名负责同志参加联盟活动，人员变动时及时报备。',
        '第三条 联盟实行线上线下相结合的议事方式，定期召开联席会议，重大事项共同协商决定。',
        '第四条 成员单位梳理供需清单，共同编制服务项目书，推动场地、设施等资源向居民开放共享。',
        '第五条 联盟对共建项目实行台账管理，年终通报完成情况。',
      ].join('\n'),
    },
  ]);
  const allianceUnits = [...units].sort(
    (a, b) =>
      ['province', 'city', 'county', 'central'].indexOf(a.level) -
        ['province', 'city', 'county', 'central'].indexOf(b.level) || a.id - b.id,
  );
  const chosen: typeof units = [];
  for (const level of ['province', 'city', 'county'] as const)
    chosen.push(
      ...allianceUnits.filter((u) => u.level === level && u.kind === 'organ').slice(0, demo ? 6 : 1),
    );
  for (const u of allianceUnits)
    if (
      chosen.length < Math.min(29, units.length) &&
      !chosen.includes(u) &&
      (u.kind !== 'organ' || chosen.length > 20)
    )
      chosen.push(u);
  for (const u of allianceUnits)
    if (chosen.length < Math.min(29, units.length) && !chosen.includes(u)) chosen.push(u);
  const joined = chosen.map((_u, i) =>
    i < 29 && demo ? '2016-03-01' : `${intBetween(random, 2016, 2020)}-0${intBetween(random, 3, 9)}-01`,
  );
  const auIds = await ins(
    'alliance_unit',
    chosen.map((u, i) => ({
      city_id: cityId,
      alliance_id: allianceId,
      unit_id: u.id,
      joined_on: joined[i],
      left_on: null,
    })),
  );
  const repRows: Row[] = [];
  chosen.forEach((u, i) => {
    const staff = membersOfUnit.get(u.id) ?? [];
    const n = chance(0.55) ? 2 : 1;
    for (let k = 0; k < n; k++) {
      const memberId = staff.length ? staff[(k * 7 + i) % staff.length]! : null;
      repRows.push({
        city_id: cityId,
        alliance_unit_id: auIds[i],
        name: memberId ? memberName.get(memberId)! : person(),
        title: k === 0 ? '党组织书记' : '党建联络员',
        phone: mobile(),
        member_id: memberId,
      });
    }
  });
  await ins('alliance_rep', repRows);
  const links = chosen.flatMap((u, i) =>
    u.org_id
      ? [
          {
            city_id: cityId,
            kind: 'alliance' as const,
            from_org_id: u.org_id,
            to_org_id: lead.community_org_id,
            since: joined[i],
            note: null,
          },
        ]
      : [],
  );
  if (links.length)
    await db
      .insertInto('core.org_link')
      .values(links)
      .onConflict((oc) => oc.doNothing())
      .execute();
  const topics = [
    '年度共建项目对接',
    '老旧小区改造协商',
    '驻区单位资源开放',
    '文明城市创建分工',
    '“四点钟学校”志愿排班',
    '汛期安全联防',
    '困难群众节日慰问',
    '停车难问题共商',
    '党员志愿服务星级评价通报',
    '年度工作总结与计划',
  ];
  const meetingRows: Row[] = [];
  const months = demo ? 12 : 3;
  for (let k = months; k >= 0; k--) {
    const date =
      k === 0 ? addDays(today, intBetween(random, 7, 14)) : addDays(day(k * 30), -intBetween(random, 0, 5));
    const future = date > today;
    meetingRows.push({
      city_id: cityId,
      alliance_id: allianceId,
      held_at: at(date, chance(0.5) ? 9 : 15, 0),
      mode: k % 2 ? 'online' : 'offline',
      location: k % 2 ? '联盟微信群' : `${lead.community_name}党群服务中心`,
      topic: topics[k % topics.length],
      agenda: JSON.stringify(['通报上次议定事项落实情况', `${topics[k % topics.length]}`, '成员单位发言']),
      status: k === 0 || future ? 'planned' : 'held',
      minutes: k === 0 || future ? null : '与会单位围绕议题充分协商，形成议定事项。',
      cancel_reason: null,
    });
  }
  const meetingIds = await ins('meeting', meetingRows);
  const attendance: Row[] = [];
  const decisionRows: Row[] = [];
  meetingIds.forEach((meetingId, k) => {
    if (meetingRows[k]!.status !== 'held') return;
    auIds.forEach((au) => {
      if (chance(0.82)) attendance.push({ city_id: cityId, meeting_id: meetingId, alliance_unit_id: au });
    });
    const heldOn = toLocalDate(meetingRows[k]!.held_at as Date);
    for (let d = 0; d < intBetween(random, 1, 3); d++) {
      const due = addDays(heldOn, intBetween(random, 15, 60));
      decisionRows.push({
        city_id: cityId,
        meeting_id: meetingId,
        content: `${topics[(k + d) % topics.length]}：明确牵头单位和完成时限`,
        owner_unit_id: pick(random, chosen).id,
        due_on: due,
        done_on: due < today && chance(0.85) ? addDays(due, -intBetween(random, 0, 10)) : null,
      });
    }
  });
  await insertPlain(db, t('meeting_attendance'), attendance);
  await ins('meeting_decision', decisionRows);
}
