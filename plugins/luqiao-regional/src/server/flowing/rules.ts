import { type LocalizedText, say } from '@jiceng/plugin-kit';

/** Pure rules of the flowing party branches (流动党支部): no database, no HTTP (unit-tested in rules.test.ts). */

/** Why a member cannot join a flowing branch (inactive, not a flowing member), or null. */
export function joinProblem(m: { name: string; active: boolean; category: string }): LocalizedText | null {
  if (!m.active) return say(`${m.name} 已停用`, `${m.name} is inactive`);
  if (m.category !== 'flowing')
    return say('流动党支部只接纳流动党员', 'a flowing branch takes flowing members only');
  return null;
}

/** Why an activity cannot be recorded (in the future, an investment without its amount), naming the field. */
export function activityProblem(
  a: { kind: string; happenedOn: string; amount?: number },
  today: string,
): { field: 'happenedOn' | 'amount'; text: LocalizedText } | null {
  if (a.happenedOn > today)
    return { field: 'happenedOn', text: say('不能登记未来的事项', 'cannot record the future') };
  if (a.kind === 'investment' && a.amount === undefined)
    return {
      field: 'amount',
      text: say('招商引资需填写金额(万元)', 'investment needs an amount (10k yuan)'),
    };
  return null;
}

/** The totals of one branch by kind, from the rows of all branches. */
export function totalsOf(
  branchId: number,
  totals: readonly { branchId: number; kind: string; amount: number }[],
): Record<string, number> {
  return Object.fromEntries(totals.filter((t) => t.branchId === branchId).map((t) => [t.kind, t.amount]));
}
