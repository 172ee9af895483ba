import { addMonths, insertBatches, pick } from '@jiceng/plugin-kit';
import { T } from '../common';
import { countBallots } from '../democracy/count';
import type { Built } from './regions';
import type { SeedRun } from './run';

/** The CBD joint committee’s direct election (无候选人直选), counted and closed. */
export async function seedElection(s: SeedRun, built: Built[]) {
  const { db, cityId, random, scale, today, rand, chance, at, insertPlain } = s;
  // 无候选人直选: the CBD joint committee, 1 secretary + 5 members, counted and closed.
  const cbd = built[0]!;
  const heldOn = addMonths(cbd.established, scale === 'small' ? 2 : 3);
  const voters = cbd.registered.filter((r) => r.on <= heldOn);
  const seats = scale === 'small' ? 2 : 5;
  if (voters.length > seats + 1 && heldOn <= today) {
    const e = await db
      .insertInto(T.election)
      .values({
        city_id: cityId,
        region_id: cbd.id,
        title: scale === 'small' ? '联合党委直选' : '中央商务区联合党委无候选人直选',
        member_seats: seats,
        electorate: voters.length,
        held_on: heldOn,
        status: 'open',
        created_at: at(heldOn, 8),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = voters.map((v) => v.name);
    const [secretary, ...favourites] = [...new Set(names)].slice(0, seats + 1);
    const cast = Math.max(Math.floor(voters.length * 0.8) + 1, voters.length - rand(3, 12));
    const ballots = Array.from({ length: Math.min(cast, voters.length) }, (_, i) => {
      if (i % 40 === 39) return { secretary: secretary!, members: [...favourites, ...names.slice(0, 2)] }; // too many names: invalid
      const members = favourites.filter(() => chance(0.82));
      while (members.length < seats && chance(0.7)) {
        const other = pick(random, names);
        if (!members.includes(other) && other !== secretary) members.push(other);
      }
      return { secretary: chance(0.86) ? secretary! : pick(random, names), members };
    });
    const counted = countBallots(ballots, voters.length, seats);
    await insertBatches(
      db,
      T.ballot,
      ballots.map((b) => ({
        city_id: cityId,
        election_id: e.id,
        secretary_name: b.secretary,
        member_names: JSON.stringify(b.members),
        entered_at: at(heldOn, 11),
        entered_by: null,
      })),
    );
    const memberOf = new Map<string, number | null>();
    for (const v of voters) memberOf.set(v.name, memberOf.has(v.name) ? null : v.memberId);
    await insertPlain(T.result, [
      ...counted.secretary.map((t) => ({
        city_id: cityId,
        election_id: e.id,
        role: 'secretary',
        name: t.name,
        votes: t.votes,
        rank: t.rank,
        elected: t.elected,
        member_id: memberOf.get(t.name) ?? null,
      })),
      ...counted.members.map((t) => ({
        city_id: cityId,
        election_id: e.id,
        role: 'member',
        name: t.name,
        votes: t.votes,
        rank: t.rank,
        elected: t.elected,
        member_id: memberOf.get(t.name) ?? null,
      })),
    ]);
    await db
      .updateTable(T.election)
      .set({
        status: 'closed',
        ballots_cast: counted.cast,
        ballots_valid: counted.valid,
        counted_at: at(heldOn, 16),
        closed_at: at(heldOn, 17),
      })
      .where('city_id', '=', cityId)
      .where('id', '=', e.id)
      .execute();
  }
}
