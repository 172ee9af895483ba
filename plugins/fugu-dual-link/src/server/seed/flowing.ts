import { addDays, addMonths, insertBatches, intBetween, pick } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { earlierOf, laterOf } from '../../shared/dates';
import { S } from '../common';
import type { Structure } from './structure';
import type { SeedWorld } from './world';

const ORIGINS = [
  '神木县某镇党委',
  '佳县某村党支部',
  '榆阳区某社区党委',
  '保德县某镇党委',
  '准格尔旗某企业党支部',
];
const DESTINATIONS = [
  '西安市雁塔区',
  '鄂尔多斯市东胜区',
  '榆林市榆阳区',
  '太原市小店区',
  '包头市昆都仑区',
  '各地项目工地',
];

/** Flowing members: away with a card, asked to transfer, or placed here from elsewhere; their organization life and dues. */
export async function seedFlowing(w: SeedWorld, s: Structure) {
  const { db, city, random, T } = w;
  const { members } = s;
  const flowing = members.filter((m) => m.category === 'flowing');
  const flows: Record<string, unknown>[] = [];
  const flowMembers: { memberId: number; startedOn: string; endOn: string; lapses: boolean }[] = [];
  const incomingAff: Record<string, unknown>[] = [];
  flowing.forEach((m, i) => {
    const share = i / flowing.length;
    if (share < 0.65) {
      const startedOn = addDays(T, -intBetween(random, 10, 320));
      const long = random() < 0.45;
      const expected = addMonths(startedOn, long ? intBetween(random, 7, 18) : intBetween(random, 1, 5));
      const fixed = long && random() < 0.6;
      const prompt = fixed;
      const card = !prompt || random() < 0.3;
      const done = expected < T && random() < 0.7;
      const endOn = done ? earlierOf(addDays(expected, intBetween(random, -10, 10)), T) : T;
      flows.push({
        city_id: city,
        member_id: m.id,
        direction: 'out',
        branch_org_id: m.org_id,
        place_text: pick(random, DESTINATIONS),
        fixed_place: fixed,
        started_on: startedOn,
        expected_return_on: expected,
        card_no: null,
        card_issued_on: card ? addDays(startedOn, -intBetween(random, 0, 5)) : null,
        transfer_prompted: prompt,
        status: done ? (prompt && !card ? 'transferred' : 'returned') : 'open',
        ended_on: done ? laterOf(endOn, startedOn) : null,
        card_checked: done && card,
        end_note: null,
        affiliation_id: null,
      });
      flowMembers.push({ memberId: m.id, startedOn, endOn, lapses: random() < 0.1 });
    } else if (share < 0.85) {
      const startedOn = addDays(T, -intBetween(random, 30, 400));
      incomingAff.push({
        city_id: city,
        member_id: m.id,
        kind: 'org',
        org_id: m.org_id,
        place_id: null,
        since: startedOn,
        until: null,
        note: '流动党员',
      });
      flows.push({
        city_id: city,
        member_id: m.id,
        direction: 'in',
        branch_org_id: m.org_id,
        place_text: pick(random, ORIGINS),
        fixed_place: true,
        started_on: startedOn,
        expected_return_on: null,
        card_no: `YL${startedOn.slice(0, 4)}${String(intBetween(random, 1, 99999)).padStart(5, '0')}`,
        card_issued_on: null,
        transfer_prompted: false,
        status: 'open',
        ended_on: null,
        card_checked: true,
        end_note: null,
        affiliation_id: null,
      });
      flowMembers.push({ memberId: m.id, startedOn, endOn: T, lapses: random() < 0.05 });
    }
  });
  const incomingAffIds = await insertBatches(db, 'core.member_affiliation', incomingAff);
  let k = 0;
  for (const f of flows) if (f.direction === 'in') f.affiliation_id = incomingAffIds[k++];
  await insertBatches(db, `${S}.flow_record`, flows);
  await sql`update ${sql.table(`${S}.flow_record`)} set card_no = 'LDZ' || to_char(card_issued_on, 'YYYY') || lpad(id::text, 5, '0')
    where city_id = ${city} and direction = 'out' and card_issued_on is not null`.execute(db);
  const lifeRows: Record<string, unknown>[] = [];
  for (const f of flowMembers) {
    const stopAt = f.lapses ? addMonths(f.startedOn, intBetween(random, 0, 1)) : f.endOn;
    for (let month = f.startedOn; month <= earlierOf(stopAt, T); month = addMonths(month, 1)) {
      if (random() < 0.85)
        lifeRows.push({
          city_id: city,
          member_id: f.memberId,
          kind: 'org_life',
          on_date: earlierOf(addDays(month, intBetween(random, 0, 20)), T),
          note: null,
        });
      if (random() < 0.9)
        lifeRows.push({
          city_id: city,
          member_id: f.memberId,
          kind: 'dues',
          on_date: earlierOf(addDays(month, intBetween(random, 0, 10)), T),
          note: null,
        });
    }
  }
  await insertBatches(db, `${S}.org_life_record`, lifeRows);
}
