/* What a question expects, and who asks it. */
import { dataset, person } from './dataset/dataset';

/** How a figure may be written: a rate as 92.5 % or 0.925, a count exactly, days and hours to their halves and hundredths. */
export type FigureKind = 'rate' | 'count' | 'days' | 'hours' | 'score' | 'years';
export interface Figure {
  value: number;
  as: FigureKind;
  /** What a count must stand next to in the answer (a regular expression); by default read from the question. */
  label?: string;
}

export type Expected =
  /** Every figure in the text; exactly these people and teams named (when given); these words and dates mentioned. */
  | { kind: 'answer'; figures?: Figure[]; people?: string[]; teams?: string[]; mentions?: string[]; dates?: string[] }
  /** An honest refusal that names at least one of these words. */
  | { kind: 'refusal'; words: string[] }
  /** Someone outside the caller's scope (or nobody at all): "not found", nothing about them. */
  | { kind: 'not_found' }
  /** Ambiguous: asks which, listing exactly these candidates (all in scope). */
  | { kind: 'ask'; candidates: string[] };

/** The admin's login name, or the employee id of a manager's or employee's login. */
export type Caller = 'admin' | 'DEV-001' | 'QA-001' | 'DEV-003' | 'QA-003' | 'DAT-004' | 'SEC-004';

export interface Question {
  id: string;
  who: Caller;
  text: string;
  expect: () => Expected;
}

/** The people a caller may read about: null for everyone (admin); a manager's team; an employee themselves. */
export function scopeOf(who: Caller): Set<string> | null {
  if (who === 'admin') return null;
  const me = person(who);
  if (me.login === 'manager')
    return new Set(
      dataset()
        .people.filter((p) => p.team === me.team)
        .map((p) => p.id),
    );
  return new Set([me.id]);
}

export const rate = (value: number | null): Figure => ({ value: must(value), as: 'rate' });
export const count = (value: number): Figure => ({ value, as: 'count' });
export const days = (value: number): Figure => ({ value, as: 'days' });
export const hours = (value: number): Figure => ({ value, as: 'hours' });
export const score = (value: number | null): Figure => ({ value: must(value), as: 'score' });
export const years = (value: number): Figure => ({ value, as: 'years' });

function must(value: number | null): number {
  if (value === null) throw new Error('an expected figure is missing from the data set');
  return value;
}

export const answer = (parts: Omit<Extract<Expected, { kind: 'answer' }>, 'kind'>): Expected => ({ kind: 'answer', ...parts });
export const figures = (...list: Figure[]): Expected => ({ kind: 'answer', figures: list });
export const people = (ids: string[], ...list: Figure[]): Expected => ({ kind: 'answer', people: ids, ...(list.length > 0 && { figures: list }) });
export const refusal = (...words: string[]): Expected => ({ kind: 'refusal', words });
export const notFound = (): Expected => ({ kind: 'not_found' });
export const ask = (...candidates: string[]): Expected => ({ kind: 'ask', candidates });
