import type { Day } from './dates';

export type Position = 'Junior' | 'Mid' | 'Senior' | 'Lead' | 'Manager';
export type Role = 'admin' | 'manager' | 'employee';
/** How someone tends to attend: steady people are rarely late or away, the others lean one way. */
export type Habit = 'steady' | 'late' | 'absent' | 'short';

export interface Person {
  id: string;
  name: string;
  team: string;
  position: Position;
  title: string;
  hire: Day;
  end: Day | null;
  habit: Habit;
  login?: Role;
}

export const TEAMS: Record<string, string> = {
  DEV: 'Development',
  QA: 'Quality Assurance',
  DAT: 'Data',
  SEC: 'Security',
  AI: 'Artificial Intelligence',
};

type Row = [id: string, name: string, position: Position, title: string, hire: Day, habit: Habit, end?: Day | null, login?: Role];

const ROWS: Row[] = [
  ['DEV-001', 'Priya Raman', 'Manager', 'Engineering Manager', '2019-04-01', 'steady', null, 'manager'],
  ['DEV-002', 'Tom Becker', 'Lead', 'Tech Lead', '2020-02-17', 'steady'],
  ['DEV-003', 'Aisha Khan', 'Senior', 'Developer', '2021-06-07', 'steady', null, 'employee'],
  ['DEV-004', 'Lukas Novak', 'Senior', 'Developer', '2018-09-03', 'late'],
  ['DEV-005', 'Maria Gonzalez', 'Senior', 'Developer', '2022-01-10', 'steady'],
  ['DEV-006', 'Chris Morgan', 'Mid', 'Developer', '2022-11-14', 'absent'],
  ['DEV-007', 'Hannah Schmidt', 'Mid', 'Developer', '2023-03-06', 'steady'],
  ['DEV-008', 'Daniel Okafor', 'Mid', 'Developer', '2023-08-21', 'late'],
  ['DEV-009', 'Yuki Tanaka', 'Junior', 'Developer', '2024-02-05', 'short'],
  ['DEV-010', 'Omar Haddad', 'Junior', 'Developer', '2024-07-01', 'steady'],
  ['DEV-011', 'Sofia Rossi', 'Mid', 'Frontend Developer', '2021-10-04', 'steady'],
  ['DEV-012', 'Ben Carter', 'Junior', 'Developer', '2025-01-13', 'absent'],
  ['DEV-013', 'Chloe Dubois', 'Junior', 'Developer', '2025-09-15', 'steady'],
  ['DEV-014', 'Ravi Patel', 'Senior', 'DevOps Engineer', '2017-05-22', 'steady'],
  ['QA-001', 'Elena Petrova', 'Manager', 'QA Manager', '2019-09-09', 'steady', null, 'manager'],
  ['QA-002', 'Marcus Lee', 'Lead', 'QA Lead', '2020-06-01', 'late'],
  ['QA-003', 'Fatima Zahra', 'Senior', 'QA Engineer', '2021-03-15', 'steady', null, 'employee'],
  ['QA-004', 'Chris Walker', 'Mid', 'QA Engineer', '2022-05-02', 'absent'],
  ['QA-005', 'Nina Kowalski', 'Mid', 'QA Engineer', '2023-01-09', 'steady'],
  ['QA-006', 'Peter Hansen', 'Junior', 'QA Engineer', '2024-04-15', 'absent'],
  ['QA-007', 'Grace Kim', 'Senior', 'Test Automation Engineer', '2018-11-05', 'steady'],
  ['QA-008', 'Leo Martins', 'Junior', 'QA Engineer', '2025-02-03', 'late'],
  ['QA-009', 'Zoe Adams', 'Mid', 'QA Engineer', '2023-10-16', 'absent'],
  ['QA-010', 'Ivan Petrov', 'Junior', 'QA Engineer', '2025-10-06', 'steady'],
  ['DAT-001', 'Sarah Johnson', 'Manager', 'Data Manager', '2018-03-12', 'steady'],
  ['DAT-002', 'Ahmed Ali', 'Lead', 'Lead Data Engineer', '2019-07-01', 'steady'],
  ['DAT-003', 'Julia Fischer', 'Senior', 'Data Scientist', '2020-10-19', 'late'],
  ['DAT-004', "Kevin O'Brien", 'Mid', 'Data Engineer', '2022-02-14', 'steady', null, 'employee'],
  ['DAT-005', 'Mei Lin', 'Mid', 'Data Analyst', '2023-06-05', 'steady'],
  ['DAT-006', 'Pablo Ruiz', 'Junior', 'Data Analyst', '2024-09-02', 'absent'],
  ['DAT-007', 'Anna Berg', 'Senior', 'Data Engineer', '2021-01-18', 'steady'],
  ['DAT-008', 'Samuel Wright', 'Junior', 'Data Analyst', '2024-11-25', 'short'],
  ['DAT-009', 'Laura Silva', 'Mid', 'Data Analyst', '2022-08-08', 'late', '2025-10-17'],
  ['DAT-010', 'Noah Brown', 'Junior', 'Data Analyst', '2025-08-18', 'steady'],
  ['SEC-001', 'James Wilson', 'Manager', 'Security Manager', '2016-01-04', 'steady'],
  ['SEC-002', 'Olivia Martin', 'Lead', 'Security Lead', '2019-05-13', 'steady'],
  ['SEC-003', 'Mohammed Saleh', 'Senior', 'Security Engineer', '2020-08-24', 'late'],
  ['SEC-004', 'Emma Clarke', 'Mid', 'Security Analyst', '2022-09-19', 'steady', null, 'employee'],
  ['SEC-005', 'Lucas Moreau', 'Mid', 'Security Analyst', '2023-04-03', 'absent'],
  ['SEC-006', 'Isabel Santos', 'Junior', 'Security Analyst', '2024-06-10', 'steady'],
  ['SEC-007', 'Jakub Wozniak', 'Senior', 'Penetration Tester', '2021-12-06', 'short'],
  ['SEC-008', 'Ethan Hughes', 'Junior', 'Security Analyst', '2023-02-20', 'absent', '2025-09-30'],
  ['AI-001', 'Wei Zhang', 'Manager', 'AI Manager', '2020-01-06', 'steady'],
  ['AI-002', 'Amara Nwosu', 'Lead', 'ML Lead', '2020-09-14', 'steady'],
  ['AI-003', 'Felix Wagner', 'Senior', 'ML Engineer', '2021-05-10', 'late'],
  ['AI-004', 'Sana Qureshi', 'Senior', 'Research Scientist', '2022-03-21', 'steady'],
  ['AI-005', 'Diego Alvarez', 'Mid', 'ML Engineer', '2023-07-17', 'absent'],
  ['AI-006', 'Lena Hoffmann', 'Mid', 'ML Engineer', '2023-11-06', 'steady'],
  ['AI-007', 'Arjun Mehta', 'Junior', 'ML Engineer', '2024-08-12', 'short'],
  ['AI-008', 'Clara Jensen', 'Junior', 'ML Engineer', '2025-03-03', 'steady'],
  ['AI-009', 'Victor Dumont', 'Mid', 'ML Engineer', '2021-08-30', 'late', '2025-08-29'],
  ['AI-010', 'Ines Carvalho', 'Junior', 'ML Engineer', '2025-11-03', 'steady'],
];

export const PEOPLE: Person[] = ROWS.map(([id, name, position, title, hire, habit, end, login]) => ({
  id,
  name,
  team: id.split('-')[0]!,
  position,
  title,
  hire,
  end: end ?? null,
  habit,
  ...(login && { login }),
}));

export const email = (p: Person) => `${p.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
