import type { NewEmployee } from '../../core/employee';
import type { Page, PageRequest } from '../../core/page';
import type { Repositories } from '../../core/ports';

/** The day the contract suites' team moves take effect: after every date the suites write. */
export const CONTRACT_TODAY = '2030-01-01';

let sequence = 0;

export function newEmployee(overrides: Partial<NewEmployee> = {}): NewEmployee {
  sequence += 1;
  return {
    name: `Person ${sequence}`,
    email: `person.${sequence}.${process.pid}@example.com`,
    team_id: 'DEV',
    position: 'Mid',
    job_title: 'Developer',
    status: 'active',
    hire_date: '2024-03-01',
    end_date: null,
    ...overrides,
  };
}

export async function seedTeams(repos: Repositories, ...teamIds: string[]): Promise<void> {
  for (const team_id of teamIds) await repos.teams.create({ team_id, team_name: `Team ${team_id}` });
}

/** Follows next positions to the end; returns every item and how many pages it took. */
export async function walk<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await fetch({ limit, ...(after !== undefined && { after }) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    pages += 1;
    after = page.next ?? undefined;
    if (pages > 1000) throw new Error('the cursor walk does not end');
  } while (after !== undefined);
  return { items, pages };
}
