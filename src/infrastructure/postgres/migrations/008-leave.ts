import { BUILT_IN_LEAVE_TYPES } from '../../../core/leave/leave-type';

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Leave: types (the built-in ones created here), requests, the append-only
 * ledger and the running balances kept beside it in the same transactions.
 */
export const leave = {
  id: '008-leave',
  sql: `
CREATE TABLE leave_types (
  code                  text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  paid                  boolean NOT NULL,
  annual_allowance_days numeric(5,1) NOT NULL CHECK (annual_allowance_days BETWEEN 0 AND 366),
  allow_half_day        boolean NOT NULL,
  allow_negative        boolean NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
INSERT INTO leave_types (code, name, paid, annual_allowance_days, allow_half_day, allow_negative) VALUES
${BUILT_IN_LEAVE_TYPES.map((t) => `  (${literal(t.code)}, ${literal(t.name)}, ${t.paid}, ${t.annual_allowance_days}, ${t.allow_half_day}, ${t.allow_negative})`).join(',\n')};

CREATE TABLE leave_requests (
  request_id    text COLLATE "C" PRIMARY KEY,
  employee_id   text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  team_id       text COLLATE "C" NOT NULL,
  code          text COLLATE "C" NOT NULL CONSTRAINT leave_requests_type_fk REFERENCES leave_types (code),
  from_date     date NOT NULL,
  to_date       date NOT NULL,
  half_day      text CHECK (half_day IN ('am', 'pm')),
  days          numeric(5,1) NOT NULL,
  charges       jsonb NOT NULL,
  status        text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
  reason        text,
  requested_by  text NOT NULL,
  decided_by    text,
  decided_at    timestamptz,
  decision_note text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  CONSTRAINT leave_requests_ordered CHECK (from_date <= to_date AND to_date - from_date < 366)
);
CREATE INDEX leave_requests_employee_idx ON leave_requests (employee_id, from_date);
CREATE INDEX leave_requests_newest_idx ON leave_requests (created_at DESC, request_id DESC);
CREATE INDEX leave_requests_team_idx ON leave_requests (team_id, created_at DESC, request_id DESC);
-- Approved leave over some dates, by its last day: the dates asked are mostly recent, and most leave has ended long before them.
CREATE INDEX leave_requests_approved_idx ON leave_requests (to_date) INCLUDE (from_date, employee_id, half_day, team_id) WHERE status = 'approved';

CREATE TABLE leave_ledger (
  entry_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  employee_id text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  code        text COLLATE "C" NOT NULL CONSTRAINT leave_ledger_type_fk REFERENCES leave_types (code),
  year        integer NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('grant', 'adjustment', 'taken', 'reversal')),
  days        numeric(6,1) NOT NULL,
  request_id  text,
  reason      text,
  actor       text NOT NULL,
  at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX leave_ledger_employee_idx ON leave_ledger (employee_id, entry_id);

CREATE TABLE leave_balances (
  employee_id text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  year        integer NOT NULL,
  code        text COLLATE "C" NOT NULL CONSTRAINT leave_balances_type_fk REFERENCES leave_types (code),
  allocated   numeric(6,1) NOT NULL,
  adjusted    numeric(6,1) NOT NULL,
  taken       numeric(6,1) NOT NULL,
  pending     numeric(6,1) NOT NULL,
  PRIMARY KEY (employee_id, year, code)
);
`,
};
