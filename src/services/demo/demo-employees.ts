import type { NewEmployee, Position } from '../../core/employee';
import { SEED_TEAMS } from '../../core/team';

const FIRST_NAMES = [
  'Amara',
  'Bao',
  'Carmen',
  'Dmitri',
  'Elif',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Mei',
  'Nikolai',
  'Olga',
  'Pedro',
  'Quinn',
  'Rania',
  'Sven',
  'Tanvi',
  'Umar',
  'Valentina',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Aisha',
  'Bruno',
  'Chloe',
  'Diego',
  'Emeka',
  'Freya',
  'Gustavo',
  'Hana',
  'Ivan',
];
const LAST_NAMES = [
  'Okafor',
  'Nguyen',
  'Alvarez',
  'Petrov',
  'Yilmaz',
  'Haddad',
  'Kim',
  'Tanaka',
  'Moreau',
  'Berg',
  'Iyer',
  'Walsh',
  'Chen',
  'Volkov',
  'Sokolova',
  'Santos',
  'Murphy',
  'Khalil',
  'Lindqvist',
  'Rao',
  'Siddiqui',
  'Rossi',
  'Zhang',
  'Herrera',
  'Demir',
  'Nowak',
  'Bello',
  'Costa',
  'Dubois',
  'Ramirez',
  'Eze',
  'Larsen',
  'Pereira',
  'Sato',
  'Horvat',
];

const JOB_TITLES: Record<string, string> = {
  DEV: 'Software Developer',
  QA: 'QA Engineer',
  DAT: 'Data Engineer',
  SEC: 'Security Engineer',
  AI: 'ML Engineer',
};

/** Seven people a team, shaped like a real one: a manager, a lead, a few seniors and mids, a junior. */
const TEAM_SHAPE: readonly Position[] = ['Manager', 'Lead', 'Senior', 'Senior', 'Mid', 'Mid', 'Junior'];

const DAY_MS = 86_400_000;

/** A deterministic demo staff of 35, hired over the last few years before `today`. */
export function demoEmployees(today: string, leaver: { employee_id: string; end_date: string }): NewEmployee[] {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  return SEED_TEAMS.flatMap((team, teamIndex) =>
    TEAM_SHAPE.map((position, slot) => {
      const index = teamIndex * TEAM_SHAPE.length + slot;
      const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
      const last = LAST_NAMES[(index * 7) % LAST_NAMES.length]!;
      // Managers were hired first; juniors most recently; spread a little per person.
      const daysAgo = 1500 - slot * 190 - ((index * 37) % 90);
      const employeeId = `${team.team_id}-${String(slot + 1).padStart(3, '0')}`;
      return {
        employee_id: employeeId,
        name: `${first} ${last}`,
        email: `${first}.${last}@example.com`.toLowerCase(),
        team_id: team.team_id,
        position,
        job_title: position === 'Manager' ? `${team.team_name} Manager` : (JOB_TITLES[team.team_id] ?? null),
        // One leaver, so status filters and past headcounts show something.
        status: employeeId === leaver.employee_id ? 'inactive' : 'active',
        hire_date: new Date(todayMs - daysAgo * DAY_MS).toISOString().slice(0, 10),
        end_date: employeeId === leaver.employee_id ? leaver.end_date : null,
      };
    }),
  );
}
