/*
 * practice59 — what the set of traps needs beyond the earlier oracles: a misspelt person, team or level read back to
 * the one the question means (the nearest name by edit distance, no other as near, and checked to be the one the
 * question was written about), a department the organisation does not have (no team code or name near the word; a
 * person's name may be, and is never what it means), someone outside the caller's scope or nobody of that name in it,
 * a group without those who have left, the teams with none of something over a period, and yes-or-no answers decided
 * from the data set with the people, times or figures behind them. Every list a question was written to find filled
 * or empty is checked to be so, and every figure a yes or no rests on is checked to stand clear of its line (else it
 * throws, and the question is not asked). Written code-blind from API.md, docs/API.md and the README's assistant
 * section; reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, isWeekend } from '../dataset/dates';
import { TEAMS, type Position } from '../dataset/people';
import { answer, notFound, refusal, scopeOf, type Caller, type Expected, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { agreed } from './practice16-figures';
import { TEAM_CODES, type Range } from './practice53-figures';

/* ---- Names read through a misspelling. ---- */

/** Levenshtein distance between two strings. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const plainText = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim();

/** The names a written name may stand for: the full name, and the first or last name when one word is written. */
function namesOf(id: string, written: string): string[] {
  const full = plainText(person(id).name);
  if (written.includes(' ')) return [full];
  const words = full.split(' ');
  return [words[0]!, words[words.length - 1]!];
}

/**
 * The person a misspelt name means: the nearest of everyone's names (within two edits, at least one), with no other
 * person as near, and checked to be the person the question was written about (throws otherwise).
 */
export function misspelt(written: string, meant: string): string {
  const w = plainText(written);
  const ranked = dataset()
    .people.map((p) => ({ id: p.id, d: Math.min(...namesOf(p.id, w).map((n) => distance(w, n))) }))
    .sort((a, b) => a.d - b.d);
  const [best, next] = ranked;
  if (!best || best.id !== meant) throw new Error(`"${written}" is nearest ${best?.id}, not ${meant}`);
  if (best.d === 0) throw new Error(`"${written}" is not misspelt`);
  if (best.d > 2) throw new Error(`"${written}" is ${best.d} edits from ${meant}: too far to be a misspelling`);
  if (next && next.d <= best.d) throw new Error(`"${written}" is as near ${next.id} as ${meant}`);
  return best.id;
}

/** The team a misspelt team name means: the nearest code or name, no other as near, checked to be the one meant. */
export function misspeltTeam(written: string, meant: string): string {
  const w = plainText(written);
  const ranked = TEAM_CODES.map((code) => ({ code, d: Math.min(distance(w, code.toLowerCase()), distance(w, plainText(TEAMS[code]!))) })).sort(
    (a, b) => a.d - b.d,
  );
  const [best, next] = ranked;
  if (!best || best.code !== meant) throw new Error(`"${written}" is nearest ${best?.code}, not ${meant}`);
  if (best.d === 0 || best.d > 2) throw new Error(`"${written}" is ${best.d} edits from ${meant}`);
  if (next && next.d <= best.d + 1) throw new Error(`"${written}" is nearly as near ${next.code}`);
  return best.code;
}

const POSITIONS: Position[] = ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'];
/** The position a misspelt level means (singular or plural written), nearest by two edits at most and no other as near. */
export function misspeltLevel(written: string, meant: Position): Position {
  const w = plainText(written).replace(/s$/, '');
  const ranked = POSITIONS.map((p) => ({ p, d: distance(w, p.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const [best, next] = ranked;
  if (!best || best.p !== meant || best.d === 0 || best.d > 2) throw new Error(`"${written}" does not read as ${meant}`);
  if (next && next.d <= best.d + 1) throw new Error(`"${written}" is nearly as near ${next.p}`);
  return best.p;
}

/* ---- What is not there, or not the caller's to see. ---- */

/**
 * A department the organisation does not have, named back: the word is far (three edits or more, fewer for short
 * words) from every team's code and name, so it is no misspelt team. It may be near someone's name ("sales" and
 * Saleh): README, a department the organisation does not have is "never matched to a person with a similar name".
 */
export function noSuchTeam(word: string, ...also: string[]): Expected {
  const w = plainText(word);
  const names = TEAM_CODES.flatMap((code) => [code.toLowerCase(), plainText(TEAMS[code]!)]);
  // Short words are compared more strictly: "hr" is two edits from "ai" and still nothing like it.
  const near = names.filter((n) => distance(w, n) < Math.min(3, Math.ceil(Math.min(w.length, n.length) / 2)));
  if (near.length > 0) throw new Error(`"${word}" is near ${near.join(', ')}`);
  return refusal(word, ...also);
}

/** Someone the caller may not see: "not found", as if absent (throws when the caller may see them). */
export function hidden(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/** A first name nobody in the caller's scope has (though someone outside it may): "not found". */
export function nobodyCalled(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const found = dataset().people.filter((p) => plainText(p.name).split(' ')[0] === plainText(first) && (scope === null || scope.has(p.id)));
  if (found.length > 0) throw new Error(`${first} is in the scope of ${who}: ${found.map((p) => p.id).join(', ')}`);
  return notFound();
}

/** A full name nobody in the data set has, nor anything within three edits of it: "not found". */
export function nobodyAtAll(name: string): Expected {
  const w = plainText(name);
  const near = dataset().people.filter((p) => distance(w, plainText(p.name)) < 4);
  if (near.length > 0) throw new Error(`"${name}" is near ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}

/* ---- Groups without those who have left. ---- */

/** The people of a scope still employed today. */
export const current = (scope: Scope): Scope => ({
  ids: peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .map((p) => p.id),
});

/* ---- Teams with none of something. ---- */

/** The teams with none of the measure over the range (a range reaching today read with and without it). */
export function teamsWithNone(measure: Measure, [from, to]: Range): string[] {
  const readings: Array<[string, string]> =
    from < TODAY && to >= TODAY
      ? [
          [from, to],
          [from, addDays(TODAY, -1)],
        ]
      : [[from, to]];
  return agreed(readings.map(([f, t]) => TEAM_CODES.filter((code) => totals({ team: code }, f, t)[measure] === 0)));
}

/* ---- Yes or no. ---- */

/** "Was anyone …": yes with exactly these people named, or no with nobody. */
export const yesWho = (list: string[]): Expected => answer({ people: list, mentions: [list.length > 0 ? 'yes' : 'no'] });
/** "Has everyone …": yes when nobody is missing, else no with exactly those missing named. */
export const everyoneWho = (missing: string[]): Expected => answer({ people: missing, mentions: [missing.length === 0 ? 'yes' : 'no'] });
/** A yes or no decided by the data set, with the figures behind it and whatever else must be said. */
export const decided = (truth: boolean, figs: Figure[], mentions: string[] = []): Expected =>
  answer({ ...(figs.length > 0 && { figures: figs }), mentions: [truth ? 'yes' : 'no', ...mentions] });
/** Whether a value is above a line, checked to stand clear of it by more than the margin. */
export function above(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/** Did the person check in today (the day is open)? With their check-in time when they did. */
export function checkedInToday(id: string): { yes: boolean; time: string | null } {
  const r = recordOf(id, TODAY);
  return r?.checkIn ? { yes: true, time: r.checkIn.slice(0, 5) } : { yes: false, time: null };
}
/** "Did X check in today": yes with the time, or no (throws when the question was written for the other answer). */
export function checkInAnswer(id: string, expectYes: boolean): Expected {
  const c = checkedInToday(id);
  if (c.yes !== expectYes) throw new Error(`${id} ${c.yes ? 'has' : 'has not'} checked in today`);
  return c.yes ? answer({ mentions: ['yes', c.time!] }) : answer({ mentions: ['no'] });
}

/** The status of one person's record today ("late", "present"), throwing when there is none. */
export function todayStatus(id: string): string {
  const r = recordOf(id, TODAY);
  if (!r) throw new Error(`${id} has no record today`);
  return r.status;
}

/* ---- Lists and their words. ---- */

/** The people of a list that hold a position. */
export const ofLevel = (list: string[], position: Position): string[] => list.filter((id) => person(id).position === position);

/** The name of the whole-day or half-day holiday on a working day for a team (the organisation's or the team's own). */
export function holidayOn(day: string, code: string | null): string {
  if (isWeekend(day)) throw new Error(`${day} is a weekend: the weekend, not the holiday, is why it is off`);
  const found = dataset().holidays.filter((h) => h.date === day && (h.team === null || h.team === code));
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${day} for ${code ?? 'the organisation'}`);
  return found[0]!.name;
}
/** One person's requests in a state (their first days), checked to be some. */
export function requestStartsOf(id: string, status: 'pending' | 'approved'): string[] {
  const found = dataset()
    .leave.filter((l) => l.employee === id && l.status === status)
    .map((l) => l.from);
  if (found.length === 0) throw new Error(`${id} has no ${status} request`);
  return found;
}
