import { closest } from './reading/edit-distance';

/**
 * The job title to filter by: as asked when someone in scope holds it, else the
 * title it misspells ("seucrity analyst", "data scientst"), word by word against
 * the words of the titles held; as asked when nothing is near, so none match.
 */
export function titleAsHeld(asked: string, held: readonly (string | null)[]): string {
  const wanted = asked.toLowerCase();
  const titles = held.flatMap((title) => (title === null ? [] : [title.toLowerCase()]));
  if (titles.some((title) => title.includes(wanted))) return wanted;
  const words = new Set(titles.flatMap((title) => title.split(/\s+/)));
  const corrected = wanted
    .split(/\s+/)
    .map((word) => (words.has(word) ? word : (closest(word, words) ?? word)))
    .join(' ');
  return titles.some((title) => title.includes(corrected)) ? corrected : wanted;
}
