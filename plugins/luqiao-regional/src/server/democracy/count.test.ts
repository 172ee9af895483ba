import { describe, expect, it } from 'vitest';
import { ballotValid, countBallots, quorumMet } from './count';

describe('counting a direct election with no preset candidates', () => {
  // Electorate 10, 1 secretary + 3 committee seats: more than 5 votes are needed.
  const ballots = [
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '张 三', members: ['李四', '王五', '钱七'] }, // the same name, written with a space
    { secretary: '张三', members: ['李四', '王 五', '钱七'] },
    { secretary: '张三', members: ['李四', '王五', '赵六'] },
    { secretary: '李四', members: ['王五', '赵六', '钱七'] },
    { secretary: '张三', members: ['李四', '王五', '赵六', '钱七'] }, // 4 names for 3 seats: invalid
    { secretary: '张三', members: ['李四', '李四'] }, // the same person twice: invalid
    { secretary: '张三', members: ['李四'] },
  ];

  it('counts valid ballots only and elects those above half the electorate', () => {
    const r = countBallots(ballots, 10, 3);
    expect(r).toMatchObject({ cast: 9, valid: 7, invalid: 2, threshold: 5 });
    // Secretary: 张三 on ballots 1-5 and 9 = 6 (> 5), 李四 1.
    expect(r.secretary).toEqual([
      { name: '张三', votes: 6, rank: 1, elected: true },
      { name: '李四', votes: 1, rank: 2, elected: false },
    ]);
    // Members (valid ballots 1-6, 9): 李四 1,2,3,4,5,9 = 6; 王五 1-6 = 6; 赵六 1,2,5,6 = 4; 钱七 3,4,6 = 3.
    expect(r.members.map((t) => [t.name, t.votes, t.rank, t.elected])).toEqual([
      ['李四', 6, 1, true],
      ['王五', 6, 1, true],
      ['赵六', 4, 3, false],
      ['钱七', 3, 4, false],
    ]);
    expect(r.electedSecretary).toBe('张三');
    expect(r.electedMembers).toEqual(['李四', '王五']);
    expect(r.unfilledMemberSeats).toBe(1);
  });

  it('leaves a seat empty on a tie for the last seat, and never seats the secretary twice', () => {
    // Electorate 6 (more than 3 votes needed), 2 committee seats: B, C and D each get 4 — a tie across the
    // last seat, so nobody takes those seats and another round is needed.
    const tie = countBallots(
      [
        { secretary: 'A', members: ['B', 'C'] },
        { secretary: 'A', members: ['B', 'C'] },
        { secretary: 'A', members: ['B', 'D'] },
        { secretary: 'A', members: ['B', 'D'] },
        { secretary: 'A', members: ['C', 'D'] },
        { secretary: 'A', members: ['C', 'D'] },
      ],
      6,
      2,
    );
    expect(tie.electedSecretary).toBe('A');
    expect(tie.members.map((m) => m.votes)).toEqual([4, 4, 4]);
    expect(tie.electedMembers).toEqual([]);
    expect(tie.unfilledMemberSeats).toBe(2);
    // Electorate 7 (more than 3.5 needed): B 5 is elected; C and D tie on 4 for the second seat, which stays empty.
    const partly = countBallots(
      [
        { secretary: 'A', members: ['B', 'C'] },
        { secretary: 'A', members: ['B', 'C'] },
        { secretary: 'A', members: ['B', 'D'] },
        { secretary: 'A', members: ['B', 'D'] },
        { secretary: 'A', members: ['B', 'C'] },
        { secretary: 'A', members: ['C', 'D'] },
        { secretary: 'A', members: ['D'] },
      ],
      7,
      2,
    );
    expect(partly.electedMembers).toEqual(['B']);
    expect(partly.unfilledMemberSeats).toBe(1);
    // The elected secretary does not also take a committee seat.
    const both = countBallots(
      [
        { secretary: 'A', members: ['A'] },
        { secretary: 'A', members: ['A'] },
      ],
      2,
      1,
    );
    expect(both.electedSecretary).toBe('A');
    expect(both.members).toEqual([]);
    const secretaryTie = countBallots(
      [
        { secretary: 'A', members: [] },
        { secretary: 'B', members: [] },
      ],
      2,
      1,
    );
    expect(secretaryTie.electedSecretary).toBeNull();
  });

  it('marks over-long and duplicate ballots invalid and needs more than four fifths to vote', () => {
    expect(ballotValid({ secretary: null, members: [] }, 3)).toBe(true);
    expect(ballotValid({ secretary: null, members: ['a', 'b', 'c', 'd'] }, 3)).toBe(false);
    expect(ballotValid({ secretary: null, members: ['王五', '王 五'] }, 3)).toBe(false);
    expect(quorumMet(9, 10)).toBe(true);
    expect(quorumMet(8, 10)).toBe(false);
  });
});
