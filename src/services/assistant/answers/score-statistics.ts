import { meanOfHundredths } from '../../../core/performance';
import { round2 } from './format';

/** Half-up to two decimals on whole hundredths, as the service's own means. */
export function mean(values: number[]): number {
  return meanOfHundredths(
    values.reduce((n, v) => n + Math.round(v * 100), 0),
    values.length,
  );
}

/** The middle score, or the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : round2((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** A statistic of scores as a sentence names it. */
export const STATISTIC_WORD = { mean: 'average', median: 'median', min: 'lowest', max: 'highest', range: 'spread (highest less lowest)' } as const;

export function statisticOf(statistic: keyof typeof STATISTIC_WORD, values: number[]): number {
  if (statistic === 'median') return median(values);
  if (statistic === 'min' || statistic === 'max' || statistic === 'range') {
    const [hi, lo] = [Math.max(...values), Math.min(...values)];
    return statistic === 'min' ? lo : statistic === 'max' ? hi : round2(hi - lo);
  }
  return mean(values);
}
