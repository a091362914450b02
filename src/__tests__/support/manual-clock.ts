import type { Clock } from '../../core/ports';

/** A clock tests set and move; everything else reads the real one. */
export class ManualClock implements Clock {
  private instant: Date | null = null;
  private offsetMs = 0;

  now(): Date {
    return new Date((this.instant?.getTime() ?? Date.now()) + this.offsetMs);
  }

  set(iso: string): void {
    this.instant = new Date(iso);
    this.offsetMs = 0;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
