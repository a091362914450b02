import { z } from 'zod';
import type { Principal } from '../../core/access';
import { POSITIONS, type Position } from '../../core/employee';
import type { EmployeeService } from '../employee.service';

/** A position (level) as a tool argument: the attendance tools filter the people in scope by it. */
export const PositionArg = z.enum(POSITIONS).optional().describe('Only the people of this position (level)');

/**
 * The people of a figure who hold a position, by the employee list in the
 * caller's scope (leavers included: a past day's figures count them): the
 * attendance figures are the services' own, only the people are filtered.
 */
export async function ofPosition<T extends { employee_id: string }>(
  employees: EmployeeService,
  principal: Principal,
  position: Position | undefined,
  people: T[],
): Promise<T[]> {
  if (position === undefined) return people;
  const held = new Set((await employees.briefs(principal, { position })).map((e) => e.employee_id));
  return people.filter((p) => held.has(p.employee_id));
}
