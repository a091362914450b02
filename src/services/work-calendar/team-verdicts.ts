import { exceptionDays, leaveThatStands, type ExceptionStatus } from '../../core/work-calendar/absence-rule';
import type { CalendarDay } from '../../core/work-calendar/work-calendar';
import { RECORD_FACTS } from '../../core/attendance-codes';
import { KIND_PLACES, kindAt } from './range-leave';

const CASES = KIND_PLACES * RECORD_FACTS.length;
/** Verdicts are kept in halves of a day (0, 1 or 2); this marks one not asked yet. */
const UNKNOWN = 255;

/**
 * The core's exceptionDays for one status, remembered per team day, leave kind
 * and record code: a range over everyone asks the same few dozen cases of
 * each day hundreds of thousands of times, and the same inputs give the same
 * verdict.
 */
export class TeamVerdicts {
  private readonly teams = new Map<string, TeamDays>();

  constructor(
    private readonly status: ExceptionStatus,
    private readonly dates: readonly string[],
    private readonly calendar: { day(date: string, teamId: string | null): CalendarDay },
  ) {}

  of(teamId: string): TeamDays {
    let team = this.teams.get(teamId);
    if (team === undefined)
      this.teams.set(
        teamId,
        (team = new TeamDays(
          this.status,
          this.dates.map((date) => this.calendar.day(date, teamId)),
        )),
      );
    return team;
  }
}

class TeamDays {
  private readonly verdicts: Uint8Array;

  constructor(
    private readonly status: ExceptionStatus,
    private readonly days: readonly CalendarDay[],
  ) {
    this.verdicts = new Uint8Array(days.length * CASES).fill(UNKNOWN);
  }

  /** How much of the range's day `i` counts under the status for someone of this team, with that leave (its kindIndex) and record code (RECORD_FACTS). */
  amount(i: number, leave: number, code: number): number {
    const at = i * CASES + leave * RECORD_FACTS.length + code;
    let halves = this.verdicts[at]!;
    if (halves === UNKNOWN) {
      const record = RECORD_FACTS[code]!;
      halves = this.verdicts[at] = exceptionDays(this.days[i]!, leaveThatStands(kindAt(leave), record !== null), record, this.status) * 2;
    }
    return halves / 2;
  }
}
