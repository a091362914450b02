export interface PerformanceScore {
  employee_id: string;
  period: string;
  kpi: number;
  completed_task: number;
  feedback_360: number;
  /** The mean of the three, rounded half-up to two decimals; always computed. */
  final_score: number;
  /** Copies of the employee's, kept true when the employee is renamed or moves. */
  employee_name: string;
  team_id: string;
  created_at: string;
  updated_at: string;
}

export type ScoreInputs = Pick<PerformanceScore, 'kpi' | 'completed_task' | 'feedback_360'>;

export interface ScoreFilter {
  employee_id?: string;
  team_id?: string;
  period?: string;
}

/** Whose final score a score is, without its inputs or timestamps: what a period's figures and changes are computed from. */
export type FinalScore = Pick<PerformanceScore, 'employee_id' | 'employee_name' | 'team_id' | 'final_score'>;

export interface ScoreSummaryItem {
  team_id: string;
  period: string;
  count: number;
  mean: number;
  min: number;
  max: number;
  /** The sum of the final scores, exact to the hundredth: teams combine into an exact overall mean. */
  total: number;
}

/** Q1–Q4 of a real year. */
export const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

export function isPeriod(value: string): boolean {
  const match = PERIOD_PATTERN.exec(value);
  return match !== null && Number(match[1]) >= 1900;
}

/** Inputs carry at most three decimals, so each is an exact whole number of thousandths. */
export const SCORE_DECIMALS = 3;

export function thousandths(value: number): number {
  return Math.round(value * 1000);
}

export function hasAtMostThreeDecimals(value: number): boolean {
  return Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;
}

/**
 * The mean rounded half-up to two decimals in integer arithmetic: with S the
 * sum in thousandths, the mean in hundredths is S / 30, and half-up is
 * floor((S + 15) / 30). 85.335 × 3 gives 85.34, where floating point gives 85.33.
 */
export function finalScore(inputs: ScoreInputs): number {
  const sum = thousandths(inputs.kpi) + thousandths(inputs.completed_task) + thousandths(inputs.feedback_360);
  return Math.floor((sum + 15) / 30) / 100;
}

/** Whole hundredths, for sums kept without floating-point drift. */
export function hundredths(score: number): number {
  return Math.round(score * 100);
}

/**
 * The mean of scores summed in whole hundredths, rounded half-up to whole
 * hundredths in integer arithmetic: floor((2S + n) / 2n). The mean every
 * score would give, from a count and a sum kept without floating-point drift.
 */
export function meanOfHundredths(sumHundredths: number, count: number): number {
  return Math.floor((2 * sumHundredths + count) / (2 * count)) / 100;
}

/** Chronological order of YYYY-Qn is its string order. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type RankOrder = 'top' | 'bottom';

/** A ranking's order: by final score, ties by name, then id (so it is total). */
export function rankComparator(order: RankOrder): (a: PerformanceScore, b: PerformanceScore) => number {
  return (a, b) =>
    (order === 'top' ? b.final_score - a.final_score : a.final_score - b.final_score) ||
    a.employee_name.localeCompare(b.employee_name) ||
    a.employee_id.localeCompare(b.employee_id);
}
