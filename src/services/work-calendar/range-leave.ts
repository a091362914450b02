import { LEAVE_KINDS, type LeaveKind } from '../../core/work-calendar/absence-rule';

/** A leave kind's place among the cases, none first (0): a day's case is then a number, not a look-up. */
export const kindIndex = (leave: LeaveKind | null) => (leave === null ? 0 : 1 + LEAVE_KINDS.indexOf(leave));
/** The leave kind at its place (kindIndex). */
export const kindAt = (index: number): LeaveKind | null => (index === 0 ? null : LEAVE_KINDS[index - 1]!);
/** How many places kindIndex gives. */
export const KIND_PLACES = 1 + LEAVE_KINDS.length;

/**
 * One person's leave over a range as kind places by day (kindIndex), in one
 * buffer reused person after person: a range over everyone asked each
 * person's map of leave by date for every day they were expected, and those
 * string look-ups were most of judging them.
 */
export class RangeLeave {
  private readonly places: Uint8Array;
  private readonly position: ReadonlyMap<string, number>;
  private set: number[] = [];

  constructor(dates: readonly string[]) {
    this.places = new Uint8Array(dates.length);
    this.position = new Map(dates.map((date, i) => [date, i]));
  }

  /** The person's leave by the range's day; valid until the next call. */
  of(leave: ReadonlyMap<string, LeaveKind> | undefined): Uint8Array {
    for (const i of this.set) this.places[i] = 0;
    this.set = [];
    if (leave !== undefined)
      for (const [date, kind] of leave) {
        const i = this.position.get(date);
        if (i === undefined) continue;
        this.places[i] = kindIndex(kind);
        this.set.push(i);
      }
    return this.places;
  }
}
