import { seededShuffle } from './dataset/prng';

/** The split is recorded as this seed: shuffle the sorted ids with it, the first half (rounded up) is the working half. */
export const SPLIT_SEED = 29;

export function splitIds(ids: readonly string[], seed = SPLIT_SEED): { working: string[]; heldBack: string[] } {
  const shuffled = seededShuffle([...ids].sort(), seed);
  const cut = Math.ceil(shuffled.length / 2);
  return { working: shuffled.slice(0, cut).sort(), heldBack: shuffled.slice(cut).sort() };
}
