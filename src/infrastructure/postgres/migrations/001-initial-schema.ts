/**
 * Teams, employees and logins. Key columns use the "C" collation so rows sort
 * by bytes, exactly as DynamoDB orders its sort keys, whatever the server locale.
 */
export const initialSchema = {
  id: '001-initial-schema',
  sql: `
CREATE TABLE teams (
  team_id    text COLLATE "C" PRIMARY KEY CONSTRAINT teams_team_id_format CHECK (team_id ~ '^[A-Z]{2,10}$'),
  team_name  text NOT NULL CONSTRAINT teams_team_name_length CHECK (length(team_name) BETWEEN 1 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Kept apart from teams, with no foreign key, so that deleting and re-creating
-- a team never hands out an id number a second time.
CREATE TABLE employee_id_counters (
  team_id     text COLLATE "C" PRIMARY KEY,
  last_number bigint NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE employees (
  employee_id text COLLATE "C" PRIMARY KEY
              CONSTRAINT employees_employee_id_format CHECK (employee_id ~ '^[A-Z]{2,10}-([0-9]{3}|[1-9][0-9]{3,})$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email       text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  team_id     text COLLATE "C" NOT NULL CONSTRAINT employees_team_fk REFERENCES teams (team_id),
  position    text NOT NULL CHECK (position IN ('Junior', 'Mid', 'Senior', 'Lead', 'Manager')),
  job_title   text,
  status      text NOT NULL CHECK (status IN ('active', 'inactive')),
  hire_date   date NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX employees_email_key ON employees (lower(email));
CREATE INDEX employees_team_idx ON employees (team_id, employee_id);

CREATE TABLE accounts (
  username      text COLLATE "C" PRIMARY KEY,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'manager', 'employee')),
  employee_id   text COLLATE "C" CONSTRAINT accounts_employee_key UNIQUE
                CONSTRAINT accounts_employee_fk REFERENCES employees (employee_id) ON DELETE CASCADE,
  disabled      boolean NOT NULL DEFAULT false,
  token_version integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  -- Only an admin may exist without an employee record: a manager's scope is their employee's team.
  CONSTRAINT accounts_non_admin_has_employee CHECK (role = 'admin' OR employee_id IS NOT NULL)
);
CREATE INDEX accounts_enabled_admins_idx ON accounts (username) WHERE role = 'admin' AND NOT disabled;

CREATE TABLE settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
`,
};
