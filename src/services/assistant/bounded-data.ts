import { LISTED_AT_MOST } from './answers/format';

/**
 * An answer's `data` holds at most LISTED_AT_MOST items of any list, as its
 * sentence names: a question over thousands of people (every score of a
 * quarter, every pending request) answers in kilobytes, not a megabyte.
 * `not_shown` says how many more each cut list held.
 */
export function boundedData(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return result;
  let notShown: Record<string, number> | undefined;
  const bounded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value) && value.length > LISTED_AT_MOST) {
      bounded[key] = value.slice(0, LISTED_AT_MOST);
      (notShown ??= {})[key] = value.length - LISTED_AT_MOST;
    } else bounded[key] = value;
  }
  return notShown === undefined ? bounded : { ...bounded, not_shown: notShown };
}
