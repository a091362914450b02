/**
 * One row per employee per day, the key being the one-check-in-a-day rule.
 * Indexes serve each read in its fixed order (date descending, then employee)
 * so a check-in or a page costs the same at two million rows as at two thousand.
 */
export const attendance = {
  id: '002-attendance',
  sql: `
CREATE TABLE attendance (
  employee_id     text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  attendance_date date NOT NULL,
  -- The team when written; it never moves, and it keeps its team from being deleted.
  team_id         text COLLATE "C" NOT NULL CONSTRAINT attendance_team_fk REFERENCES teams (team_id),
  status          text NOT NULL CHECK (status IN ('present', 'late', 'half-day', 'absent')),
  check_in_time   time(0),
  check_out_time  time(0),
  hours_worked    numeric(5, 2),
  notes           text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (employee_id, attendance_date),
  CONSTRAINT attendance_check_out_after_in CHECK (check_out_time IS NULL OR (check_in_time IS NOT NULL AND check_out_time >= check_in_time))
);
CREATE INDEX attendance_date_idx ON attendance (attendance_date DESC, employee_id);
CREATE INDEX attendance_team_date_idx ON attendance (team_id, attendance_date DESC, employee_id);
`,
};
