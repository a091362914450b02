/*
 * The evaluation's own reading of API.md's absence rule — a deliberate second
 * computation, written from the contract and not from src/core, so that the
 * two can disagree when one of them is wrong.
 *
 * A person's expected fraction e for a date is 0 before tracking starts,
 * outside hire date … end date, and on weekly off days (Saturday, Sunday);
 * otherwise 1 minus each distinct half taken off by a holiday of their team or
 * the organisation and by approved leave (a full day takes both halves; two
 * things off the same half take it once).
 */
import { HOLIDAYS, LEAVE, TRACKING_START, type Half, type Holiday, type LeaveRequest } from '../dataset/calendar';
import { isWeekend, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';

export type Off = 'holiday' | 'leave' | null;
export interface HalvesOff {
  am: Off;
  pm: Off;
}

const halvesOf = (half: Half | null): Half[] => (half === null ? ['am', 'pm'] : [half]);

export function employedOn(p: Person, day: Day): boolean {
  return p.hire <= day && (p.end === null || day <= p.end);
}

/** Is this day one the rule looks at for this person at all (tracked, employed, a day of the work week)? */
export function workDayFor(p: Person, day: Day): boolean {
  return day >= TRACKING_START && employedOn(p, day) && !isWeekend(day);
}

export function holidaysOn(day: Day, team: string, holidays: readonly Holiday[] = HOLIDAYS): Holiday[] {
  return holidays.filter((h) => h.date === day && (h.team === null || h.team === team));
}

export function approvedLeaveOn(p: Person, day: Day, leave: readonly LeaveRequest[] = LEAVE): LeaveRequest[] {
  return leave.filter((l) => l.status === 'approved' && l.employee === p.id && l.from <= day && day <= l.to);
}

/** Which half is off and why; a holiday comes first, so leave on a holiday half takes nothing more. */
export function halvesOff(p: Person, day: Day): HalvesOff {
  const off: HalvesOff = { am: null, pm: null };
  for (const h of holidaysOn(day, p.team)) for (const half of halvesOf(h.half)) off[half] = 'holiday';
  for (const l of approvedLeaveOn(p, day)) for (const half of halvesOf(l.half)) off[half] ??= 'leave';
  return off;
}

export function expectedFraction(p: Person, day: Day): number {
  if (!workDayFor(p, day)) return 0;
  const off = halvesOff(p, day);
  return 1 - (off.am ? 0.5 : 0) - (off.pm ? 0.5 : 0);
}

/** Halves taken off by approved leave and not already by a holiday, ÷ 2 (what `on_leave` counts). */
export function leaveFraction(p: Person, day: Day): number {
  if (!workDayFor(p, day)) return 0;
  const off = halvesOff(p, day);
  return (off.am === 'leave' ? 0.5 : 0) + (off.pm === 'leave' ? 0.5 : 0);
}

/** What a day of leave costs: the expected fraction without leave (holidays only). */
export function costWithoutLeave(p: Person, day: Day): number {
  if (!workDayFor(p, day)) return 0;
  const off = { am: false, pm: false };
  for (const h of holidaysOn(day, p.team)) for (const half of halvesOf(h.half)) off[half] = true;
  return 1 - (off.am ? 0.5 : 0) - (off.pm ? 0.5 : 0);
}
