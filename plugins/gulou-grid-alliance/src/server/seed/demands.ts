import { addDays, intBetween, pick, toLocalDate, weighted } from '@jiceng/plugin-kit';
import type { Ledger } from '../../shared/terms';
import type { Councils } from './councils';
import type { Network } from './network';
import type { People } from './people';
import { hoursLater, type Row, type SeedRun } from './run';
import { CONTENTS, DEPARTMENTS, REPLIES } from './words';

/** A year of resident demands in the five ledgers, with the events of their lifecycles. */
export async function seedDemands(run: SeedRun, network: Network, people: People, councils: Councils) {
  const { cityId, random, demo, ins, now, day, at, chance, person, mobile } = run;
  const { branches } = network;
  const { units, membersOfGrid, memberName } = people;
  const { studioIds } = councils;
  const perGrid = demo ? 12 : 6;
  const demandRows: Row[] = [];
  const plans: {
    ledger: Ledger;
    received: Date;
    assigned?: Date;
    started?: Date;
    escalated?: Date;
    closed?: Date;
    reopened?: Date;
    firstClose?: Date;
  }[] = [];
  const nowMs = now.getTime();
  for (const g of branches) {
    const count = intBetween(random, Math.round(perGrid * 0.6), Math.round(perGrid * 1.4));
    for (let k = 0; k < count; k++) {
      const ledger = weighted(random, {
        immediate: 45,
        time_limited: 25,
        undertaken: 15,
        proxy: 10,
        special: 5,
      }) as Ledger;
      const receivedOn = day(intBetween(random, 0, 364));
      let received = at(receivedOn, intBetween(random, 8, 19), intBetween(random, 0, 59));
      if (received.getTime() > nowMs) received = new Date(nowMs - intBetween(random, 1, 8) * 3_600_000);
      const recOn = toLocalDate(received);
      const category = weighted(random, {
        environment: 22,
        safety: 12,
        facilities: 18,
        neighbourhood: 10,
        elderly_care: 10,
        services: 14,
        property: 10,
        other: 4,
      });
      let deadline: string | null = null;
      let closeAfterDays: number | null = null;
      const p: (typeof plans)[number] = { ledger, received };
      if (ledger === 'immediate') {
        closeAfterDays = chance(0.99) ? intBetween(random, 1, 8) / 24 : null;
      } else if (ledger === 'time_limited') {
        deadline = addDays(recOn, intBetween(random, 3, 15));
        const span =
          Number(new Date(`${deadline}T12:00:00Z`)) / 86_400_000 -
          Number(new Date(`${recOn}T12:00:00Z`)) / 86_400_000;
        const onTime = chance(0.9);
        closeAfterDays = onTime ? random() * span : span + intBetween(random, 1, 10);
        if (chance(0.03)) closeAfterDays = null;
      } else if (ledger === 'special') {
        closeAfterDays = chance(0.9) ? intBetween(random, 5, 45) : null;
        if (chance(0.3)) p.escalated = hoursLater(received, intBetween(random, 24, 96));
      } else if (ledger === 'undertaken') {
        p.assigned = hoursLater(received, intBetween(random, 1, 30));
        deadline = addDays(toLocalDate(p.assigned), 15);
        closeAfterDays = chance(0.94) ? intBetween(random, 2, 20) : null;
      } else {
        p.assigned = hoursLater(received, intBetween(random, 1, 12));
        closeAfterDays = chance(0.96) ? intBetween(random, 1, 7) : null;
      }
      if (p.escalated && p.escalated.getTime() > nowMs) p.escalated = undefined;
      if (p.assigned && p.assigned.getTime() > nowMs) p.assigned = undefined;
      if (ledger !== 'immediate') {
        const base = p.assigned ?? received;
        const started = hoursLater(base, intBetween(random, 1, 24));
        if (started.getTime() < nowMs) p.started = started;
      }
      let closed = closeAfterDays == null ? undefined : hoursLater(received, closeAfterDays * 24 + 0.5);
      if (closed && (closed.getTime() > nowMs || (p.started && closed < p.started)))
        closed = closed.getTime() > nowMs ? undefined : hoursLater(p.started!, 2);
      if (closed && closed.getTime() > nowMs) closed = undefined;
      // 承办件 and 代办件 close only once assigned.
      if ((ledger === 'undertaken' || ledger === 'proxy') && !p.assigned) closed = undefined;
      if (closed && chance(0.01)) {
        const again = hoursLater(closed, intBetween(random, 24, 120));
        if (again.getTime() < nowMs) {
          p.firstClose = closed;
          p.reopened = hoursLater(closed, intBetween(random, 12, 48));
          closed = again;
        }
      }
      p.closed = closed;
      plans.push(p);
      const status = closed ? 'closed' : p.started ? 'in_progress' : p.assigned ? 'assigned' : 'received';
      const unitAssignee =
        ledger === 'undertaken' && p.assigned && chance(0.5) ? pick(random, units).id : null;
      const gridMembers = membersOfGrid.get(g.org_id) ?? [];
      const agentMember =
        ledger === 'proxy' && p.assigned && gridMembers.length && chance(0.6)
          ? pick(random, gridMembers)
          : null;
      demandRows.push({
        city_id: cityId,
        grid_org_id: g.org_id,
        resident_name: person(),
        resident_phone: chance(0.8) ? mobile() : null,
        address: null,
        content: pick(random, CONTENTS[category]!),
        category,
        source: weighted(random, {
          grid_patrol: 35,
          visit: 20,
          phone: 15,
          wechat: 20,
          walk_in: 8,
          studio: 2,
        }),
        ledger,
        status,
        deadline,
        assignee_unit_id: unitAssignee,
        assignee_department:
          ledger === 'undertaken' && p.assigned && !unitAssignee ? pick(random, DEPARTMENTS) : null,
        agent_member_id: agentMember,
        agent_name:
          ledger === 'proxy' && p.assigned ? (agentMember ? memberName.get(agentMember)! : person()) : null,
        studio_id: p.escalated && studioIds.length ? pick(random, studioIds) : null,
        escalated_at: p.escalated && studioIds.length ? p.escalated : null,
        received_at: received,
        received_on: recOn,
        assigned_at: p.assigned ?? null,
        closed_at: closed ?? null,
        closed_on: closed ? toLocalDate(closed) : null,
        reply: closed ? pick(random, REPLIES[ledger]) : null,
        satisfaction: closed
          ? weighted(random, { satisfied: 88, basically_satisfied: 10, unsatisfied: 2 })
          : null,
        reopen_count: p.reopened ? 1 : 0,
        created_by: null,
        updated_at: closed ?? p.started ?? p.assigned ?? received,
      });
    }
  }
  // Deadlines stay on or after the day received (a late-evening 限时件 rolls to the next day).
  const demandIds = await ins('demand', demandRows, 'demands');
  const eventRows: Row[] = [];
  demandIds.forEach((demandId, i) => {
    const p = plans[i]!;
    const d = demandRows[i]!;
    const ev = (when: Date, action: string, from: string | null, to: string, note: string | null = null) =>
      eventRows.push({
        city_id: cityId,
        demand_id: demandId,
        at: when,
        action,
        from_status: from,
        to_status: to,
        note,
        actor_user_id: null,
      });
    ev(p.received, 'record', null, 'received');
    let status = 'received';
    if (p.assigned) {
      ev(
        p.assigned,
        'assign',
        status,
        'assigned',
        (d.agent_name ?? d.assignee_department ?? null) as string | null,
      );
      status = 'assigned';
    }
    if (p.started) {
      ev(p.started, 'start', status, 'in_progress');
      status = 'in_progress';
    }
    if (p.escalated && d.studio_id)
      ev(p.escalated, 'escalate', status, status, '疑难问题提交党代表工作室协调');
    if (p.firstClose && p.reopened) {
      ev(p.firstClose, 'close', status, 'closed', '已处理');
      ev(p.reopened, 'reopen', 'closed', 'in_progress', '居民反映问题反复，重新办理');
      status = 'in_progress';
    }
    if (p.closed) ev(p.closed, 'close', status, 'closed', d.reply as string);
  });
  await ins('demand_event', eventRows, 'demand events');
}
