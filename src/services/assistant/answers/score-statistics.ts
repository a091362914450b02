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
