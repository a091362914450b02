import { generateAttendance, type AttendanceRecord } from './attendance';
import { HOLIDAYS, LEAVE, type Holiday, type LeaveRequest } from './calendar';
import { PEOPLE, type Person } from './people';
import { generateScores, type Score } from './scores';

/** The whole fixed data set the questions are asked about. */
export interface Dataset {
  people: Person[];
  holidays: Holiday[];
  leave: LeaveRequest[];
  attendance: AttendanceRecord[];
  scores: Score[];
}

let built: Dataset | undefined;

export function dataset(): Dataset {
  built ??= { people: PEOPLE, holidays: HOLIDAYS, leave: LEAVE, attendance: generateAttendance(), scores: generateScores() };
  return built;
}

export function person(id: string): Person {
  const found = PEOPLE.find((p) => p.id === id);
  if (!found) throw new Error(`no ${id} in the data set`);
  return found;
}
