import { meets, type Threshold } from '../reading/operation';
import { COMPARED, collated, listed, plural } from './format';

interface Change {
  employee_id: string;
  employee_name: string;
  change: number;
}

/** One person's change, signed: "Ann (A-1) +5.67". */
export const changeSaid = (i: Change) => `${i.employee_name} (${i.employee_id}) ${i.change > 0 ? '+' : ''}${i.change}`;

/**
 * "How many people improved from Q2 to Q3", "who dropped by more than 5": those whose score moved that way (by more
 * than the line, when one is given), most first, with each change.
 */
export function moved(changes: readonly Change[], down: boolean, where: string, quarters: readonly string[], line: Threshold | null = null): string {
  const hit = changes
    .filter((i) => (down ? i.change < 0 : i.change > 0) && (line === null || meets(Math.abs(i.change), line.comparison, line.value)))
    .sort((a, b) => (down ? a.change - b.change : b.change - a.change) || collated(a.employee_name, b.employee_name));
  const span = `from ${quarters[0]} to ${quarters.at(-1)}`;
  const verb = `${down ? 'dropped' : 'improved'}${line === null ? '' : ` by ${COMPARED[line.comparison]} ${line.value}`}`;
  if (hit.length === 0) return `Nobody${where} ${verb} ${span} (of ${plural(changes.length, 'person', 'people')} with scores in both): none.`;
  return `${plural(hit.length, 'person', 'people')}${where} ${verb} ${span}, of ${changes.length} with scores in both: ${listed(hit, changeSaid)}.`;
}

/** "How did each of my people move from Q2 to Q3": every change, up, down or none, the biggest rise first. */
export function everyMove(changes: readonly Change[], where: string, quarters: readonly string[]): string {
  const sorted = [...changes].sort((a, b) => b.change - a.change || collated(a.employee_name, b.employee_name));
  return `Change in final score${where} from ${quarters[0]} to ${quarters.at(-1)}, ${plural(changes.length, 'person', 'people')}: ${listed(sorted, changeSaid)}.`;
}
