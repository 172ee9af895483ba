import { addDays, addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { T } from '../common';
import type { Built } from './regions';
import type { SeedRun } from './run';

/** Co-building councils with rotating chairs, projects and reviewed meetings. */
export async function seedCouncils(s: SeedRun, built: Built[]) {
  const {
    db,
    cityId,
    random,
    progress,
    scale,
    today,
    rand,
    chance,
    dateBetween,
    minDate,
    insertPlain,
    units,
  } = s;
  // Co-building councils with rotating chairs: 方林汽车城 (auto trade), 和谐商区 (CBD), 古街.
  const councilFor = scale === 'small' ? [built[0]!] : [built[1]!, built[0]!, built[2]!];
  const councilNames =
    scale === 'small'
      ? ['示范商务区共建理事会']
      : ['方林汽车城区域共建理事会', '和谐商区共建理事会', '古街区域共建理事会'];
  const termMonths = 6;
  for (const [ci, b] of councilFor.entries()) {
    const founded = addDays(b.established, 30);
    const k = await db
      .insertInto(T.council)
      .values({ city_id: cityId, region_id: b.id, name: councilNames[ci]!, founded_on: founded })
      .returning('id')
      .executeTakeFirstOrThrow();
    const memberUnits = [...b.orgUnitIds, ...b.noOrgUnitIds].slice(0, scale === 'small' ? 4 : 8);
    const reserve = [...b.orgUnitIds, ...b.noOrgUnitIds].slice(memberUnits.length, memberUnits.length + 1);
    const mIds = await insertBatches(
      db,
      T.councilMember,
      memberUnits.map((u) => ({
        city_id: cityId,
        council_id: k.id,
        unit_id: u,
        joined_on: founded,
        left_on: null,
        left_reason: null,
        replaced_by_id: null,
      })),
    );
    // Terms every six months, rotating in join order; one chair replaced mid-term for inactivity.
    const terms: Record<string, unknown>[] = [];
    let start = founded;
    let chair = 0;
    let termNo = 1;
    const replacedAt = mIds.length > 2 ? 2 : -1;
    while (start <= today) {
      const ends = addMonths(start, termMonths);
      if (termNo - 1 === replacedAt && addMonths(start, 2) < today) {
        const mid = addMonths(start, 2);
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: start,
          ends_on: ends,
          ended_on: mid,
          end_kind: 'replaced',
          end_reason: '轮值期间未牵头组织共建活动，积极性不高',
        });
        chair++;
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: mid,
          ends_on: ends,
          ended_on: ends <= today ? ends : null,
          end_kind: ends <= today ? 'completed' : null,
          end_reason: null,
        });
      } else
        terms.push({
          city_id: cityId,
          council_id: k.id,
          term_no: termNo++,
          chair_member_id: mIds[chair % mIds.length],
          starts_on: start,
          ends_on: ends,
          ended_on: ends <= today ? ends : null,
          end_kind: ends <= today ? 'completed' : null,
          end_reason: null,
        });
      chair++;
      start = ends;
    }
    await insertBatches(db, T.term, terms);
    const currentChair = terms[terms.length - 1]!.chair_member_id as number;
    // One inactive member unit replaced, with the reason (never the current chair).
    let replacedMember: number | null = null;
    if (reserve.length && mIds.length > 3) {
      const victim =
        mIds.find((m) => m !== currentChair && terms.every((t) => t.chair_member_id !== m)) ??
        mIds.find((m) => m !== currentChair)!;
      const on = minDate(addMonths(founded, 9), today);
      const [rep] = await insertBatches(db, T.councilMember, [
        {
          city_id: cityId,
          council_id: k.id,
          unit_id: reserve[0],
          joined_on: on,
          left_on: null,
          left_reason: null,
          replaced_by_id: null,
        },
      ]);
      await db
        .updateTable(T.councilMember)
        .set({ left_on: on, left_reason: '连续两次理事会缺席，未申报共建项目', replaced_by_id: rep })
        .where('city_id', '=', cityId)
        .where('id', '=', victim)
        .execute();
      replacedMember = victim;
      mIds.push(rep!);
    }
    // Projects: each member unit declares; units lead in turn.
    const titles = [
      '商区清洁卫生共管',
      '村企停车纠纷协调',
      '党员志愿服务进商铺',
      '流动党员技能培训',
      '商西路夜市便民摊位',
      '汽车城消防安全联查',
      '困难职工结对帮扶',
      '区域就业招聘会',
      '诚信经营示范街创建',
      '共建共享党群活动室',
      '外来务工子女暑期托管',
      '区域交通秩序共治',
    ];
    const projects: Record<string, unknown>[] = [];
    const founding = mIds.slice(0, memberUnits.length);
    const active = mIds.filter((m) => m !== replacedMember);
    const nProjects = scale === 'small' ? 3 : 12;
    for (let p = 0; p < nProjects; p++) {
      const declaredOn = dateBetween(founded, addDays(today, -20));
      const declarer = pick(random, declaredOn < addMonths(founded, 9) ? founding : active);
      const lead = active[p % active.length]!;
      const started = declaredOn < addDays(today, -45) || chance(0.5);
      const startsOn = started ? minDate(addDays(declaredOn, rand(7, 30)), today) : null;
      const due = startsOn ? addMonths(startsOn, rand(1, 4)) : null;
      let status = started ? 'in_progress' : 'declared';
      let completedOn: string | null = null;
      if (startsOn && due! < addDays(today, 20) && chance(0.88)) {
        status = 'completed';
        completedOn = minDate(addDays(due!, rand(-20, 10)), today);
        if (completedOn < startsOn) completedOn = startsOn;
      } else if (startsOn && chance(0.06)) status = 'dropped';
      projects.push({
        city_id: cityId,
        council_id: k.id,
        title: `${titles[(p + ci * 4) % titles.length]}${p >= titles.length ? `(${p})` : ''}`,
        description: null,
        declared_by_id: declarer,
        lead_member_id: lead,
        declared_on: declaredOn,
        starts_on: startsOn,
        due_on: due,
        status,
        completed_on: completedOn,
        outcome:
          status === 'completed'
            ? '按期完成，理事会考核通过'
            : status === 'dropped'
              ? '条件不具备，理事会决定终止'
              : null,
      });
    }
    await insertBatches(db, T.project, projects);
    // Quarterly council meetings with the review of each unit on the council then.
    const memberRows: any[] = await db
      .selectFrom(T.councilMember)
      .selectAll()
      .where('city_id', '=', cityId)
      .where('council_id', '=', k.id)
      .execute();
    const meetingDates: string[] = [];
    for (let d = addMonths(founded, 3); d <= today; d = addMonths(d, 3)) meetingDates.push(d);
    const meetingIds = await insertBatches(
      db,
      T.meeting,
      meetingDates.map((d) => ({
        city_id: cityId,
        council_id: k.id,
        held_on: d,
        topic: pick(random, [
          '季度共建项目推进与绩效考核',
          '区域公共事务协商',
          '共建项目申报评审',
          '轮值主席工作报告',
        ]),
        chair_member_id: (
          terms.find((t) => (t.starts_on as string) <= d && (!t.ended_on || (t.ended_on as string) > d)) ??
          terms[terms.length - 1]!
        ).chair_member_id,
        minutes: null,
      })),
    );
    const reviewRows: Record<string, unknown>[] = [];
    meetingDates.forEach((d, mi) => {
      for (const m of memberRows) {
        if (m.joined_on > d || (m.left_on && m.left_on <= d)) continue;
        const weak = m.id === replacedMember;
        const attended = weak ? chance(0.3) : chance(0.92);
        reviewRows.push({
          city_id: cityId,
          meeting_id: meetingIds[mi],
          council_member_id: m.id,
          attended,
          score: attended ? (weak ? rand(40, 62) : rand(55, 98)) : rand(20, 45),
          note: null,
        });
      }
    });
    await insertPlain(T.review, reviewRows);
  }
  progress('councils', councilFor.length, councilFor.length);
}
