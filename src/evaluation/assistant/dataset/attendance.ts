import { halvesOff, expectedFraction } from '../oracle/absence';
import { TODAY, TRACKING_START } from './calendar';
import { daysBetween, timeOf, type Day } from './dates';
import { PEOPLE, type Habit, type Person } from './people';
import { seededRandom } from './prng';

export type RecordStatus = 'present' | 'late' | 'half-day' | 'absent';

export interface AttendanceRecord {
  employee: string;
  date: Day;
  status: RecordStatus;
  checkIn: string | null;
  checkOut: string | null;
}

/** Chances per working day: away (no record, or an "absent" record), late, and leaving before 4 hours. */
const CHANCES: Record<Habit, { away: number; late: number; short: number }> = {
  steady: { away: 0.02, late: 0.04, short: 0.01 },
  late: { away: 0.04, late: 0.28, short: 0.02 },
  absent: { away: 0.13, late: 0.06, short: 0.02 },
  short: { away: 0.04, late: 0.06, short: 0.16 },
};

/** Check-ins never closed with a check-out, on closed days. */
export const MISSING_CHECK_OUTS: Array<[string, Day]> = [
  ['DEV-006', '2025-11-18'],
  ['QA-002', '2025-11-12'],
  ['DEV-010', '2025-11-13'],
  ['SEC-006', '2025-10-22'],
  ['AI-005', '2025-10-08'],
  ['DAT-002', '2025-09-17'],
  ['DEV-014', '2025-08-20'],
  ['QA-008', '2025-11-03'],
];

const GRACE_MINUTES = 15;
const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function dayOf(p: Person, date: Day, random: () => number): AttendanceRecord | null {
  if (expectedFraction(p, date) === 0) return null;
  const off = halvesOff(p, date);
  const chances = CHANCES[p.habit];
  const start = off.am ? 13 * 60 : 9 * 60;
  const late = random() < chances.late;
  const checkInMinutes = late ? start + between(random, GRACE_MINUTES + 1, 65) : start - between(random, -GRACE_MINUTES, 25);
  if (date === TODAY)
    return random() < 0.75 ? { employee: p.id, date, status: late ? 'late' : 'present', checkIn: timeOf(checkInMinutes), checkOut: null } : null;
  if (random() < chances.away) return random() < 0.2 ? { employee: p.id, date, status: 'absent', checkIn: null, checkOut: null } : null;
  const leaves =
    random() < chances.short ? checkInMinutes + between(random, 110, 225) : off.pm ? 13 * 60 + between(random, 0, 30) : 17 * 60 + between(random, 0, 90);
  const worked = (leaves - checkInMinutes) / 60;
  const status: RecordStatus = worked < 4 ? 'half-day' : late ? 'late' : 'present';
  const record: AttendanceRecord = { employee: p.id, date, status, checkIn: timeOf(checkInMinutes), checkOut: timeOf(leaves) };
  if (MISSING_CHECK_OUTS.some(([id, d]) => id === p.id && d === date)) return { ...record, status: late ? 'late' : 'present', checkOut: null };
  return record;
}

export function generateAttendance(): AttendanceRecord[] {
  const random = seededRandom(20251119);
  const records: AttendanceRecord[] = [];
  for (const p of PEOPLE) {
    const from = p.hire > TRACKING_START ? p.hire : TRACKING_START;
    const to = p.end !== null && p.end < TODAY ? p.end : TODAY;
    for (const date of daysBetween(from, to)) {
      const record = dayOf(p, date, random);
      if (record) records.push(record);
    }
  }
  for (const [id, date] of MISSING_CHECK_OUTS) {
    if (!records.some((r) => r.employee === id && r.date === date && r.checkIn !== null && r.checkOut === null)) {
      throw new Error(`the data set lost its missing check-out of ${id} on ${date}`);
    }
  }
  return records;
}
