import { setNewest } from '../core/bounded-map';
import type { CorrectionRepository } from '../core/corrections/correction-repository';
import type { LeaveRepository } from '../core/leave/leave-repository';
import type { AttendanceRepository, Cache, EmployeeRepository, HolidayRepository, Repositories, ScoreRepository, TeamRepository } from '../core/ports';

type Topic = 'attendance' | 'scores' | 'teams' | 'holidays' | 'leave' | 'people';

/**
 * What each method of a cached repository does: `read` passes through,
 * `write` invalidates the topics the repository's writes change, `cached`
 * keeps its answers, `untracked` is a write that changes no cached
 * figure (it passes through). Every method of each port must be named (and only
 * those), so a new or renamed method fails to compile until it is classified.
 */
type Kind = 'read' | 'write' | 'cached' | 'untracked';
type MethodsOf<R> = { [K in keyof R]-?: R[K] extends (...args: never[]) => unknown ? K : never }[keyof R];
type Kinds<R> = Record<MethodsOf<R> & string, Kind>;

const KINDS = {
  teams: { create: 'write', get: 'read', list: 'cached', rename: 'write', delete: 'write' },
  employees: {
    create: 'write',
    get: 'read',
    findByEmail: 'read',
    list: 'read',
    briefs: 'cached',
    count: 'read',
    update: 'write',
    getMany: 'read',
    findManyByEmail: 'read',
    importMany: 'write',
    delete: 'write',
    teamPeriods: 'read',
    membershipsBetween: 'cached',
  },
  attendance: {
    get: 'read',
    create: 'write',
    checkIn: 'write',
    update: 'write',
    delete: 'write',
    list: 'read',
    getMany: 'read',
    ofEmployees: 'read',
    recordsByPerson: 'read',
    dayCodesByPerson: 'read',
    upsertMany: 'write',
    dailyFacts: 'cached',
    dateSpan: 'read',
    earliestDate: 'read',
  },
  holidays: { create: 'write', get: 'read', update: 'write', delete: 'write', list: 'read', inRange: 'cached', upsertMany: 'write' },
  leave: {
    createType: 'write',
    getType: 'read',
    listTypes: 'read',
    updateType: 'write',
    deleteType: 'write',
    change: 'write',
    balances: 'read',
    ledger: 'read',
    getRequest: 'read',
    listRequests: 'read',
    requestBriefs: 'read',
    approvedBetween: 'cached',
  },
  corrections: { create: 'untracked', get: 'read', list: 'read', close: 'untracked', approve: 'write' },
  scores: {
    get: 'read',
    create: 'write',
    update: 'write',
    delete: 'write',
    list: 'read',
    finalScores: 'cached',
    getMany: 'read',
    upsertMany: 'write',
    rank: 'read',
    summary: 'cached',
  },
} as const satisfies {
  teams: Kinds<TeamRepository>;
  employees: Kinds<EmployeeRepository>;
  attendance: Kinds<AttendanceRepository>;
  holidays: Kinds<HolidayRepository>;
  leave: Kinds<LeaveRepository>;
  corrections: Kinds<CorrectionRepository>;
  scores: Kinds<ScoreRepository>;
};

/** Which cached figures a write to each repository can change. */
const TOPICS_CHANGED_BY = {
  attendance: ['attendance'],
  scores: ['scores'],
  // Moves, dates, status changes and deletes (which cascade) change both; new teams join both summaries.
  // People (everyone's briefs, who belonged where) change only here: a check-in leaves them cached.
  employees: ['attendance', 'scores', 'people'],
  // Holidays have their own generation: the day facts are counted before the calendar applies, so a
  // holiday write changes no cached fact, and a record write (every check-in) leaves the holidays cached.
  holidays: ['holidays'],
  // Approved leave is part of the day facts, and has its own generation for the check-in's look-up of the day's leave.
  leave: ['attendance', 'leave'],
  teams: ['attendance', 'scores', 'teams', 'people'],
  // An approval writes the record; asking, rejecting and cancelling change no figure (untracked).
  corrections: ['attendance'],
} as const satisfies Record<keyof typeof KINDS, readonly Topic[]>;

/**
 * Reads worth keeping (the `cached` methods), each a pure function of its
 * arguments: the aggregates behind the summary endpoints, which are
 * expensive, the team list, which every assistant question reads (to
 * know the teams it may be asked about) and which hardly ever changes, and
 * the people (briefs, who belonged where over a range), which every
 * assistant question over everyone reads beside its records, and which only
 * an employee or team write changes; and a period's final scores, which
 * score questions over everyone read a period at a time, and which change
 * only with scores and people.
 *
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

  function wrap<R extends object>(repository: R, kinds: Readonly<Record<string, Kind>>, topic: Topic | null, changes: readonly Topic[]): R {
    function wrapped(property: string, method: (...args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<unknown> {
      const kind = kinds[property];
      if (kind === 'cached' && topic !== null) {
        return async (...args: unknown[]) => {
          const key = `${topic}:${await generation(topic)}:${property}:${JSON.stringify(args)}`;
          const hit = await cache.get(key);
          if (hit !== null) return decode(key, hit);
          const text = JSON.stringify(await method.apply(repository, args));
          await cache.set(key, text, ttlSeconds);
          // What the next hits will answer, answered now: a read gives the same whether it hit or missed.
          return decode(key, text);
        };
      }
      // Bound to the repository itself: the helpers a read calls on `this` must not pass through here as writes.
      // A method outside the port (an adapter's own) is not the services' to call: it passes through too.
      if (kind !== 'write') return method.bind(repository);
      return async (...args: unknown[]) => {
        try {
          return await method.apply(repository, args);
        } finally {
          // Also after a failure: a write that failed late may still have changed something.
          await Promise.all(changes.map((changed) => cache.increment(`generation:${changed}`)));
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
    teams: wrap(repositories.teams, KINDS.teams, 'teams', TOPICS_CHANGED_BY.teams),
    employees: wrap(repositories.employees, KINDS.employees, 'people', TOPICS_CHANGED_BY.employees),
    attendance: wrap(repositories.attendance, KINDS.attendance, 'attendance', TOPICS_CHANGED_BY.attendance),
    holidays: wrap(repositories.holidays, KINDS.holidays, 'holidays', TOPICS_CHANGED_BY.holidays),
    leave: wrap(repositories.leave, KINDS.leave, 'leave', TOPICS_CHANGED_BY.leave),
    scores: wrap(repositories.scores, KINDS.scores, 'scores', TOPICS_CHANGED_BY.scores),
    corrections: wrap(repositories.corrections, KINDS.corrections, null, TOPICS_CHANGED_BY.corrections),
  };
}
