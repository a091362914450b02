export const POSITIONS = ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'] as const;
export type Position = (typeof POSITIONS)[number];

export const EMPLOYEE_STATUSES = ['active', 'inactive'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export interface Employee {
  employee_id: string;
  name: string;
  email: string;
  team_id: string;
  position: Position;
  job_title: string | null;
  status: EmployeeStatus;
  hire_date: string;
  /** The last working day; null while employed. Never before hire_date. */
  end_date: string | null;
  created_at: string;
  updated_at: string;
}

/** Who someone is and when they were employed, without their email or timestamps: what a search over a whole scope reads. */
export type EmployeeBrief = Pick<Employee, 'employee_id' | 'name' | 'team_id' | 'position' | 'job_title' | 'status' | 'hire_date' | 'end_date'>;

export const employeeBrief = ({ employee_id, name, team_id, position, job_title, status, hire_date, end_date }: Employee): EmployeeBrief => ({
  employee_id,
  name,
  team_id,
  position,
  job_title,
  status,
  hire_date,
  end_date,
});

/** What a create asks for; a missing employee_id is assigned from the team's counter. */
export type NewEmployee = Omit<Employee, 'employee_id' | 'created_at' | 'updated_at'> & { employee_id?: string };

export type EmployeePatch = Partial<Omit<NewEmployee, 'employee_id'>>;

export interface EmployeeFilter {
  team_id?: string;
  position?: Position;
  status?: EmployeeStatus;
  /** Case-insensitive name substring, or employee id prefix. */
  q?: string;
  /** Exact id: how an employee's own-scope listing is expressed. */
  employee_id?: string;
}

/**
 * `<TEAM>-<NNN>`: the number has at least three digits, zero-padded to three
 * and never otherwise, so each number has exactly one spelling (DEV-001, DEV-1000).
 */
export const EMPLOYEE_ID_PATTERN = /^([A-Z]{2,10})-(\d{3}|[1-9]\d{3,})$/;

export interface ParsedEmployeeId {
  team_id: string;
  number: number;
}

export function parseEmployeeId(id: string): ParsedEmployeeId | null {
  const match = EMPLOYEE_ID_PATTERN.exec(id);
  if (!match) return null;
  const number = Number(match[2]);
  if (!Number.isSafeInteger(number) || number < 1) return null;
  return { team_id: match[1]!, number };
}

/** An id the API accepts: the pattern, and a number from 1 that a JavaScript number holds exactly. */
export function isEmployeeId(id: string): boolean {
  return parseEmployeeId(id) !== null;
}

export function formatEmployeeId(teamId: string, number: number): string {
  return `${teamId}-${String(number).padStart(3, '0')}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How many automatic ids a bulk import claims per team: one for each create without a given id. */
export function idsNeededPerTeam(creates: readonly Pick<NewEmployee, 'employee_id' | 'team_id'>[]): Map<string, number> {
  const needed = new Map<string, number>();
  for (const c of creates) if (c.employee_id === undefined) needed.set(c.team_id, (needed.get(c.team_id) ?? 0) + 1);
  return needed;
}

/**
 * A bulk import's creates with their ids: each team's rows without one take
 * consecutive numbers from the first of the block claimed for that team, in
 * row order, so ids follow the rows however the writes interleave.
 */
export function numberCreates<T extends Pick<NewEmployee, 'employee_id' | 'team_id'>>(
  creates: readonly T[],
  firstNumbers: ReadonlyMap<string, number>,
): (T & { employee_id: string })[] {
  const next = new Map(firstNumbers);
  return creates.map((c) => {
    if (c.employee_id !== undefined) return c as T & { employee_id: string };
    const number = next.get(c.team_id);
    if (number === undefined) throw new RangeError(`No ids were claimed for team ${c.team_id}`);
    next.set(c.team_id, number + 1);
    return { ...c, employee_id: formatEmployeeId(c.team_id, number) };
  });
}
