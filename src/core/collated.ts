/**
 * Strings in localeCompare's order, by one collator: localeCompare makes one
 * per comparison, most of the time of sorting thousands of people by name.
 */
export const collated = new Intl.Collator().compare;

/** Past this many names the places kept are dropped and made again from the names asked. */
const MAX_PLACES = 100_000;
let places = new Map<string, number>();

/**
 * Each name's place in collated order (names the collator holds equal share
 * one), kept from one call to the next: sorting everyone by name asked the
 * collator tens of thousands of times a question, and the names are mostly
 * the same from one question to the next. A name not seen yet makes them again.
 */
export function namePlaces(names: readonly string[]): ReadonlyMap<string, number> {
  if (names.every((name) => places.has(name))) return places;
  const all = [...new Set([...(places.size + names.length > MAX_PLACES ? [] : places.keys()), ...names])].sort(collated);
  const made = new Map<string, number>();
  let place = 0;
  all.forEach((name, i) => {
    if (i > 0 && collated(all[i - 1]!, name) !== 0) place++;
    made.set(name, place);
  });
  places = made;
  return made;
}

/**
 * Sorts `items` in place, highest `score` first, ties by their names' places
 * (namePlaces), then by `rest` (or kept in their order), and returns them.
 * Each item's score and place are taken once: a comparator looking the
 * places up asked the map twice a comparison, tens of thousands of times
 * for everyone, and that was most of ordering a figure over everyone.
 */
export function byScoreThenName<T>(items: T[], score: (item: T) => number, name: (item: T) => string, rest?: (a: T, b: T) => number): T[] {
  const place = namePlaces(items.map(name));
  const keyed = items.map((item) => ({ item, score: score(item), place: place.get(name(item))! }));
  keyed.sort((a, b) => b.score - a.score || a.place - b.place || (rest === undefined ? 0 : rest(a.item, b.item)));
  keyed.forEach((k, i) => (items[i] = k.item));
  return items;
}
