import type { Employee } from '../../../core/employee';
import { addDays } from '../../../core/work-calendar/dates';
import type { TeamPeriod } from '../../../core/work-calendar/team-period';
import type { TableClient, Item, TransactStep } from '../table-client';
import { GSI2, PARTITION_PREFIXES, collections, keys, partitions } from '../key-design';

/** A stored period: the period, its team index keys, and copies of its employee's employment dates for headcounts. */
export interface StoredPeriod extends TeamPeriod {
  employee_id: string;
  hire_date: string;
  end_date: string | null;
}

export function periodItem(period: StoredPeriod): Item {
  return {
    ...keys.period(period.employee_id, period.from),
    GSI2PK: collections.teamPeriods(period.team_id),
    GSI2SK: `${period.from}#${period.employee_id}`,
    employee_id: period.employee_id,
    team_id: period.team_id,
    from: period.from,
    to: period.to,
    hire_date: period.hire_date,
    end_date: period.end_date,
  };
}

export function toStoredPeriod(item: Item): StoredPeriod {
  return {
    employee_id: item.employee_id as string,
    team_id: item.team_id as string,
    from: item.from as string,
    to: (item.to as string | null | undefined) ?? null,
    hire_date: item.hire_date as string,
    end_date: (item.end_date as string | null | undefined) ?? null,
  };
}

export const asPeriod = ({ team_id, from, to }: StoredPeriod): TeamPeriod => ({ team_id, from, to });

/** An employee's periods, oldest first, read consistently (they are about to be rewritten or shown). */
export async function readPeriods(table: TableClient, employeeId: string): Promise<StoredPeriod[]> {
  const items = await table.queryAll({
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':prefix': PARTITION_PREFIXES.period },
    ConsistentRead: true,
  });
  return items.map(toStoredPeriod);
}

/** A team's periods that start on or before `until`, by its period index. */
export async function teamPeriodsUntil(table: TableClient, teamId: string, until: string): Promise<StoredPeriod[]> {
  const items = await table.queryAll({
    IndexName: GSI2,
    KeyConditionExpression: 'GSI2PK = :team AND GSI2SK <= :until',
    ExpressionAttributeValues: { ':team': collections.teamPeriods(teamId), ':until': `${until}#~` },
  });
  return items.map(toStoredPeriod);
}

/**
 * The periods after a change, by the same rule as every backend: a new team
 * takes effect `today` (an open period starting on or after today just
 * changes team), a new hire date moves the first period's start, and every
 * period carries the employment dates.
 */
export function nextPeriods(
  current: readonly StoredPeriod[],
  employee: Pick<Employee, 'employee_id' | 'team_id' | 'hire_date' | 'end_date'>,
  today: string,
): StoredPeriod[] {
  const stamp = (p: TeamPeriod): StoredPeriod => ({ ...p, employee_id: employee.employee_id, hire_date: employee.hire_date, end_date: employee.end_date });
  if (current.length === 0) return [stamp({ team_id: employee.team_id, from: employee.hire_date, to: null })];
  const periods = current.map((p, i) => stamp(i === 0 ? { ...p, from: employee.hire_date } : p));
  const open = periods[periods.length - 1]!;
  if (open.team_id === employee.team_id) return periods;
  if (open.from >= today) return [...periods.slice(0, -1), { ...open, team_id: employee.team_id }];
  return [...periods.slice(0, -1), { ...open, to: addDays(today, -1) }, stamp({ team_id: employee.team_id, from: today, to: null })];
}

const same = (a: StoredPeriod, b: StoredPeriod) => JSON.stringify(periodItem(a)) === JSON.stringify(periodItem(b));

/** The writes from one list of periods to another, and how each team's reference count moves. */
export function periodWrites(
  table: TableClient,
  before: readonly StoredPeriod[],
  after: readonly StoredPeriod[],
): { steps: TransactStep[]; teamDeltas: Map<string, number> } {
  const steps: TransactStep[] = [];
  const teamDeltas = new Map<string, number>();
  const move = (team: string, delta: number) => teamDeltas.set(team, (teamDeltas.get(team) ?? 0) + delta);
  const afterByFrom = new Map(after.map((p) => [p.from, p]));
  for (const old of before) {
    const next = afterByFrom.get(old.from);
    if (next && same(old, next)) continue;
    if (!next) steps.push({ write: { Delete: { TableName: table.name, Key: keys.period(old.employee_id, old.from) } } });
    move(old.team_id, -1);
  }
  const beforeByFrom = new Map(before.map((p) => [p.from, p]));
  for (const next of after) {
    const old = beforeByFrom.get(next.from);
    if (old && same(old, next)) continue;
    steps.push({ write: { Put: { TableName: table.name, Item: periodItem(next) } } });
    move(next.team_id, +1);
  }
  return { steps, teamDeltas };
}
