/*
 * What the twelfth practice set needs beyond the shared oracle: the words a refusal of a team or of the
 * whole company should name, and a few small look-ups, built only from the data set and the oracle. Added for practice12.
 */
import { HOLIDAYS } from '../dataset/calendar';
import { TEAMS } from '../dataset/people';
import { requests } from './leave-figures';
import type { Scope } from './attendance-figures';
import type { LeaveStatus } from '../dataset/calendar';

/**
 * The words naming a team in a refusal: its code standing alone (followed by a space or punctuation, so
 * that "DAT" is not read in "date" nor "SEC" in "second"), its full name and "<name> team".
 */
export function teamWords(code: string): string[] {
  const name = TEAMS[code];
  if (name === undefined) throw new Error(`no team ${code} in the data set`);
  // "Data" alone is every other sentence's word: the Data team is named as such, or by its code.
  const names = code === 'DAT' ? [] : [name];
  return [...[' ', '.', ',', ')', "'", '’', ':', ';', '!'].map((end) => `${code}${end}`), ...names, `${name.toLowerCase()} team`];
}

/** The words naming the whole organisation in a refusal of a manager's or an employee's company-wide question. */
export const COMPANY_WORDS = ['company', 'organisation', 'organization', 'whole org', 'all teams', 'everyone', 'every team', 'company-wide'];

/** The date of a holiday of the data set, by its name (throws when the calendar has no such holiday). */
export function holidayDate(name: string): string {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return found.date;
}

/** The people with a request in this state, each once, in the data set's order. */
export const requesters = (status: LeaveStatus, scope: Scope = {}): string[] => [...new Set(requests(status, scope).map((l) => l.employee))];

/** The first days of one person's requests in this state, in the data set's order. */
export const requestStarts = (id: string, status: LeaveStatus): string[] => requests(status, { ids: [id] }).map((l) => l.from);
