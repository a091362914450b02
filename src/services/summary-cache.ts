import { setNewest } from '../core/bounded-map';
import type { Cache, Repositories } from '../core/ports';

type Topic = 'attendance' | 'scores' | 'teams';

/** Methods that only read. Anything else on these repositories is taken to be a write: a new method is safe by default. */
const READS = new Set(['get', 'list', 'count', 'rank', 'getMany', 'findByEmail', 'findManyByEmail']);

/** Which cached figures a write to each repository can change. */
const TOPICS_CHANGED_BY = {
  attendance: ['attendance'],
  scores: ['scores'],
  // Moves, status changes and deletes (which cascade) change both; new teams join both summaries.
  employees: ['attendance', 'scores'],
  teams: ['attendance', 'scores', 'teams'],
} as const satisfies Record<string, readonly Topic[]>;

/**
 * Reads worth keeping, each a pure function of its arguments: the aggregates
 * behind the summary endpoints, which are expensive, and the team list, which
 * every assistant question reads (to know the teams it may be asked about)
 * and which hardly ever changes.
 */
const CACHED = {
  attendance: { method: 'dailyCounts', topic: 'attendance' },
  scores: { method: 'summary', topic: 'scores' },
  teams: { method: 'list', topic: 'teams' },
} as const satisfies Record<string, { method: string; topic: Topic }>;

/**
 * Caches those reads by their arguments, under a generation number
 * per topic. Every write through a repository that can change a topic bumps
 * its generation once the write is done, so the next read misses: single
 * writes, bulk imports and cascades alike, since all of them go through these
 * repositories. Entries of old generations are never read again and expire.
 * Scope is already in the arguments (the services narrow team ids first), so
 * one caller's entry is never another's answer.
 */
/** How many parsed entries stay in this process, whatever the cache holds. */
const MAX_DECODED = 1000;

/** Shared by every caller from then on: a caller that changed one would change it for all. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function withSummaryCache(repositories: Repositories, cache: Cache, ttlSeconds: number): Repositories {
  if (ttlSeconds <= 0) return repositories;
  const generation = (topic: Topic) => cache.get(`generation:${topic}`).then((value) => value ?? '0');
  /**
   * Each key's hit, parsed, for as long as the cache gives the same text for
   * it: parsing the text again on every hit was the largest single cost of an
   * assistant question whose figures were cached (--cpu-prof). A key names a
   * generation, so its text changes only when the entry expired and was
   * computed again; comparing the texts keeps even that exact.
   */
  const decoded = new Map<string, { text: string; value: unknown }>();
  const decode = (key: string, text: string): unknown => {
    const known = decoded.get(key);
    if (known?.text === text) return known.value;
    const value = deepFreeze(JSON.parse(text) as unknown);
    setNewest(decoded, key, { text, value }, MAX_DECODED);
    return value;
  };

  function wrap<R extends object>(repository: R, changes: readonly Topic[], cached?: { readonly method: string; readonly topic: Topic }): R {
    function wrapped(property: string, method: (...args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<unknown> {
      if (cached && property === cached.method) {
        return async (...args: unknown[]) => {
          const key = `${cached.topic}:${await generation(cached.topic)}:${property}:${JSON.stringify(args)}`;
          const hit = await cache.get(key);
          if (hit !== null) return decode(key, hit);
          const result = await method.apply(repository, args);
          await cache.set(key, JSON.stringify(result), ttlSeconds);
          return result;
        };
      }
      // Bound to the repository itself: the helpers a read calls on `this` must not pass through here as writes.
      if (READS.has(property)) return method.bind(repository);
      return async (...args: unknown[]) => {
        try {
          return await method.apply(repository, args);
        } finally {
          // Also after a failure: a write that failed late may still have changed something.
          await Promise.all(changes.map((topic) => cache.increment(`generation:${topic}`)));
        }
      };
    }
    // Made once per method, not on every call: a repository method is looked up on every request.
    const wrappers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
    return new Proxy(repository, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        let wrapper = wrappers.get(property);
        if (!wrapper) {
          wrapper = wrapped(property, value as (...args: unknown[]) => Promise<unknown>);
          wrappers.set(property, wrapper);
        }
        return wrapper;
      },
    });
  }

  return {
    ...repositories,
    teams: wrap(repositories.teams, TOPICS_CHANGED_BY.teams, CACHED.teams),
    employees: wrap(repositories.employees, TOPICS_CHANGED_BY.employees),
    attendance: wrap(repositories.attendance, TOPICS_CHANGED_BY.attendance, CACHED.attendance),
    scores: wrap(repositories.scores, TOPICS_CHANGED_BY.scores, CACHED.scores),
  };
}
