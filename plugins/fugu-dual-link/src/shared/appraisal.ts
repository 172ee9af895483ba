import type { Grade } from './terms';

export interface Weights {
  peer: number;
  mass: number;
  branch: number;
}
export interface Thresholds {
  excellent: number;
  qualified: number;
  basic: number;
}

/** Weighted score of 党员互评, 群众评议 and 支部评议 (weights in percent), rounded to two decimals. */
export function weightedTotal(scores: Weights, weights: Weights): number {
  const sum = scores.peer * weights.peer + scores.mass * weights.mass + scores.branch * weights.branch;
  return Math.round(sum + 1e-9) / 100;
}

export function gradeOf(total: number, t: Thresholds): Grade {
  if (total >= t.excellent) return 'excellent';
  if (total >= t.qualified) return 'qualified';
  if (total >= t.basic) return 'basic';
  return 'unqualified';
}
