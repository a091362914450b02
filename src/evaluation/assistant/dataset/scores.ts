import { quarter } from './dates';
import { PEOPLE, type Habit } from './people';
import { seededRandom } from './prng';

export interface Score {
  employee: string;
  period: string;
  kpi: number;
  completedTask: number;
  feedback360: number;
}

export const PERIODS = [quarter(2024, 4), quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)];

const BASE: Record<Habit, number> = { steady: 80, late: 70, absent: 66, short: 72 };

/** Everyone employed for the whole quarter is scored; each person drifts up or down from quarter to quarter. */
export function generateScores(): Score[] {
  const random = seededRandom(2029);
  const scores: Score[] = [];
  for (const p of PEOPLE) {
    let level = BASE[p.habit] + Math.floor(random() * 15) - 7;
    const drift = Math.floor(random() * 7) - 3;
    for (const q of PERIODS) {
      level = Math.max(45, Math.min(96, level + drift + Math.floor(random() * 5) - 2));
      if (p.hire >= q.from || (p.end !== null && p.end < q.to)) continue;
      const input = () => Math.max(0, Math.min(100, level + Math.floor(random() * 13) - 6));
      scores.push({ employee: p.id, period: q.period, kpi: input(), completedTask: input(), feedback360: input() });
    }
  }
  return scores;
}

/** The mean of the three inputs, rounded half-up to two decimals (as API.md defines final_score). */
export function finalScore(s: Score): number {
  const mean = (s.kpi + s.completedTask + s.feedback360) / 3;
  return Math.round((mean + Number.EPSILON) * 100) / 100;
}
