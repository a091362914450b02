/**
 * The audit trail (append-only: no update or delete gets past its trigger),
 * attendance corrections, and record versions for them to be checked against.
 */
export const auditCorrections = {
  id: '009-audit-corrections',
  sql: `
ALTER TABLE attendance ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE TABLE audit_log (
  audit_id   text COLLATE "C" PRIMARY KEY,
  at         timestamptz NOT NULL,
  actor      text COLLATE "C" NOT NULL,
  via        text NOT NULL CHECK (via IN ('rest', 'import', 'mcp', 'assistant')),
  client     text,
  request_id text,
  action     text NOT NULL,
  entity     text COLLATE "C" NOT NULL,
  entity_id  text COLLATE "C" NOT NULL,
  before     jsonb,
  after      jsonb,
  reason     text
);
-- audit_id begins with the instant: newest first is the key read backwards, and a time range is a key range.
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, audit_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, audit_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE attendance_corrections (
  correction_id  text COLLATE "C" PRIMARY KEY,
  employee_id    text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  team_id        text COLLATE "C" NOT NULL CONSTRAINT attendance_corrections_team_fk REFERENCES teams (team_id),
  date           date NOT NULL,
  -- The change asked for, as JSON: a field left out keeps the record's value.
  change         jsonb NOT NULL,
  reason         text NOT NULL,
  state          text NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'cancelled')),
  record_version integer,
  requested_by   text NOT NULL,
  decided_by     text,
  decided_at     timestamptz,
  decision_note  text,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);
CREATE INDEX attendance_corrections_newest_idx ON attendance_corrections (created_at DESC, correction_id DESC);
CREATE INDEX attendance_corrections_employee_idx ON attendance_corrections (employee_id, created_at DESC, correction_id DESC);
CREATE INDEX attendance_corrections_team_idx ON attendance_corrections (team_id, created_at DESC, correction_id DESC);
`,
};
