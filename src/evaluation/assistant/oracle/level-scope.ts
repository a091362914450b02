/* A scope of people by team and position (and optionally only the active ones), for attendance and score figures. Added for practice5. */
import { TODAY } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import type { Position } from '../dataset/people';
import { employedOn } from './absence';
import type { Scope } from './attendance-figures';

export function levelIn(team: string | undefined, position: Position | undefined, activeOnly = false): Scope {
  return {
    ids: dataset()
      .people.filter(
        (p) => (team === undefined || p.team === team) && (position === undefined || p.position === position) && (!activeOnly || employedOn(p, TODAY)),
      )
      .map((p) => p.id),
  };
}
