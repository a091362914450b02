/**
 * The work calendar: employment end dates, team membership periods and
 * holidays. Existing employees get one period from their hire date in their
 * team; existing inactive employees an end date (their last record, else the
 * day they were last updated, never before their hire date).
 */
export const workCalendar = {
  id: '007-work-calendar',
  sql: `
ALTER TABLE employees ADD COLUMN end_date date;
UPDATE employees e SET end_date = greatest(
  e.hire_date,
  coalesce((SELECT max(a.attendance_date) FROM attendance a WHERE a.employee_id = e.employee_id), (e.updated_at AT TIME ZONE 'UTC')::date)
) WHERE e.status = 'inactive';
ALTER TABLE employees ADD CONSTRAINT employees_end_after_hire CHECK (end_date IS NULL OR end_date >= hire_date);

-- Periods never overlap: the key makes starts unique, the partial index allows one open period,
-- and every write closes the open period and opens the next in one transaction.
-- Not an exclusion constraint: one on (employee_id, daterange) needs the btree_gist extension, which
-- the application's database user may not be allowed to create, and PGlite would load at every start.
CREATE TABLE team_memberships (
  employee_id text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  from_date   date NOT NULL,
  to_date     date,
  team_id     text COLLATE "C" NOT NULL CONSTRAINT team_memberships_team_fk REFERENCES teams (team_id),
  PRIMARY KEY (employee_id, from_date),
  CONSTRAINT team_memberships_ordered CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX team_memberships_open_key ON team_memberships (employee_id) WHERE to_date IS NULL;
CREATE INDEX team_memberships_team_idx ON team_memberships (team_id, from_date) INCLUDE (to_date, employee_id);
INSERT INTO team_memberships (employee_id, from_date, to_date, team_id) SELECT employee_id, hire_date, NULL, team_id FROM employees;

CREATE TABLE holidays (
  holiday_id text COLLATE "C" PRIMARY KEY CHECK (length(holiday_id) BETWEEN 1 AND 100),
  date       date NOT NULL,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  team_id    text COLLATE "C" CONSTRAINT holidays_team_fk REFERENCES teams (team_id),
  half       text CHECK (half IN ('am', 'pm')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX holidays_date_scope_key ON holidays (date, coalesce(team_id, ''));
CREATE INDEX holidays_date_idx ON holidays (date, holiday_id);

-- The day facts also count open records (a check-in, no check-out): the times join the status in the index.
CREATE INDEX attendance_day_facts_idx ON attendance (attendance_date, team_id) INCLUDE (status, check_in_time, check_out_time);
DROP INDEX attendance_day_team_status_idx;
`,
};
