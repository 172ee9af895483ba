import { normalizeName } from '../../shared/model';

export interface BallotInput {
  secretary: string | null;
  members: string[];
}

export interface Tally {
  name: string;
  votes: number;
  rank: number;
  elected: boolean;
}

export interface CountResult {
  cast: number;
  valid: number;
  invalid: number;
  /** More than this many votes is needed to be elected (half of the electorate). */
  threshold: number;
  secretary: Tally[];
  members: Tally[];
  electedSecretary: string | null;
  electedMembers: string[];
  /** Seats left empty: nobody above the threshold, or a tie at the last seat. */
  unfilledSecretary: boolean;
  unfilledMemberSeats: number;
}

/** A ballot is invalid when it names more people than there are seats, or the same person twice for one office. */
export function ballotValid(b: BallotInput, memberSeats: number): boolean {
  const names = b.members.map(normalizeName).filter(Boolean);
  if (names.length > memberSeats) return false;
  return new Set(names).size === names.length;
}

function tally(names: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of names) out.set(n, (out.get(n) ?? 0) + 1);
  return out;
}

function ranked(map: Map<string, number>): { name: string; votes: number; rank: number }[] {
  const rows = [...map.entries()]
    .map(([name, votes]) => ({ name, votes }))
    .sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name, 'zh-CN'));
  let rank = 0;
  let prev = -1;
  return rows.map((r, i) => {
    if (r.votes !== prev) rank = i + 1;
    prev = r.votes;
    return { ...r, rank };
  });
}

/**
 * 无候选人直选, counted once: names are written freely. To be elected one needs more votes than half of the
 * electorate (应到会有选举权人数); the most votes win the seats; a tie for the last seat leaves it empty
 * (another round is needed). The elected secretary does not also take a committee seat.
 */
export function countBallots(ballots: BallotInput[], electorate: number, memberSeats: number): CountResult {
  const valid = ballots.filter((b) => ballotValid(b, memberSeats));
  const threshold = electorate / 2;
  const secVotes = tally(valid.map((b) => (b.secretary ? normalizeName(b.secretary) : '')).filter(Boolean));
  const secRanked = ranked(secVotes);
  const top = secRanked[0];
  const secretaryWins = !!top && top.votes > threshold && (secRanked[1]?.votes ?? -1) < top.votes;
  const electedSecretary = secretaryWins ? top!.name : null;
  const memVotes = tally(valid.flatMap((b) => b.members.map(normalizeName).filter(Boolean)));
  if (electedSecretary) memVotes.delete(electedSecretary);
  const memRanked = ranked(memVotes);
  const above = memRanked.filter((r) => r.votes > threshold);
  let electedMembers: string[];
  if (above.length <= memberSeats) electedMembers = above.map((r) => r.name);
  else {
    const cutoff = above[memberSeats - 1]!.votes;
    const firstOut = above[memberSeats]!.votes;
    // A tie straddling the last seat: those tied are not elected.
    electedMembers = above
      .filter((r) => r.votes > cutoff || (r.votes === cutoff && cutoff !== firstOut))
      .map((r) => r.name);
  }
  const electedSet = new Set(electedMembers);
  return {
    cast: ballots.length,
    valid: valid.length,
    invalid: ballots.length - valid.length,
    threshold,
    secretary: secRanked.map((r) => ({ ...r, elected: r.name === electedSecretary })),
    members: memRanked.map((r) => ({ ...r, elected: electedSet.has(r.name) })),
    electedSecretary,
    electedMembers,
    unfilledSecretary: !electedSecretary,
    unfilledMemberSeats: memberSeats - electedMembers.length,
  };
}

/** 到会人数超过应到会人数的五分之四, the election may proceed. */
export const quorumMet = (cast: number, electorate: number) => cast * 5 > electorate * 4;
