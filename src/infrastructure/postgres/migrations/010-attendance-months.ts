/**
 * Each person's records of a month in one row (by the records' team), kept by
 * statement triggers on attendance in the writing transaction: a question over
 * months of everyone read hundreds of thousands of records, where these rows
 * are a few per person. `marks` holds two characters a record: chr(64 + its
 * day of the month), then its status's first letter, upper case when the
 * record is open (checked in, not out); the records are in no order.
 *
 * An update or a delete locks each month row it touched, in key order, before
 * it reads the month's records again in a later statement (a fresh snapshot):
 * two writers of one person's month take turns, and the second sees the
 * first's record. An insert appends its marks (see below).
 * Rows left empty stay (marks = ''), so a row another writer locked is never
 * deleted under it.
 */
export const attendanceMonths = {
  id: '010-attendance-months',
  sql: `
CREATE TABLE attendance_months (
  month       date NOT NULL,
  team_id     text COLLATE "C" NOT NULL,
  employee_id text COLLATE "C" NOT NULL,
  marks       text NOT NULL,
  PRIMARY KEY (month, team_id, employee_id)
);

CREATE FUNCTION attendance_mark(d date, status text, check_in time, check_out time) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT chr(64 + extract(day FROM d)::int)
         || CASE WHEN check_in IS NOT NULL AND check_out IS NULL THEN upper(left(status, 1)) ELSE left(status, 1) END
$$;

CREATE FUNCTION attendance_months_redo(p_months date[], p_teams text[], p_employees text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO attendance_months (month, team_id, employee_id, marks)
  SELECT k.m, k.t, k.e, '' FROM unnest(p_months, p_teams, p_employees) AS k(m, t, e) ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  PERFORM 1 FROM attendance_months a JOIN unnest(p_months, p_teams, p_employees) AS k(m, t, e)
    ON a.month = k.m AND a.team_id = k.t AND a.employee_id = k.e
  ORDER BY a.month, a.team_id, a.employee_id FOR UPDATE OF a;
  UPDATE attendance_months a
  SET marks = (SELECT coalesce(string_agg(attendance_mark(r.attendance_date, r.status, r.check_in_time, r.check_out_time), ''), '')
               FROM attendance r
               WHERE r.employee_id = a.employee_id AND r.team_id = a.team_id
                 AND r.attendance_date >= a.month AND r.attendance_date < a.month + interval '1 month')
  FROM unnest(p_months, p_teams, p_employees) AS k(m, t, e)
  WHERE a.month = k.m AND a.team_id = k.t AND a.employee_id = k.e;
END $$;

-- A new record's day has no mark in its month yet, so an insert appends the marks; ON CONFLICT appends to the row's
-- latest version under its lock, so writers of one month (appending or reading it again) never lose each other's.
CREATE FUNCTION attendance_months_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO attendance_months AS a (month, team_id, employee_id, marks)
  SELECT date_trunc('month', attendance_date)::date, team_id, employee_id,
         string_agg(attendance_mark(attendance_date, status, check_in_time, check_out_time), '')
  FROM new_rows
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (month, team_id, employee_id) DO UPDATE SET marks = a.marks || EXCLUDED.marks;
  RETURN NULL;
END $$;

-- Only the months whose marks an update changed: an import rewriting times, or a note, leaves most of them as they were.
CREATE FUNCTION attendance_months_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_months_redo(array_agg(m), array_agg(t), array_agg(e))
  FROM (SELECT date_trunc('month', n.attendance_date)::date AS m, n.team_id AS t, n.employee_id AS e
        FROM new_rows n LEFT JOIN old_rows o ON o.employee_id = n.employee_id AND o.attendance_date = n.attendance_date
        WHERE o.employee_id IS NULL OR o.team_id <> n.team_id
           OR attendance_mark(o.attendance_date, o.status, o.check_in_time, o.check_out_time)
              <> attendance_mark(n.attendance_date, n.status, n.check_in_time, n.check_out_time)
        UNION
        SELECT date_trunc('month', o.attendance_date)::date, o.team_id, o.employee_id
        FROM old_rows o LEFT JOIN new_rows n ON n.employee_id = o.employee_id AND n.attendance_date = o.attendance_date
        WHERE n.employee_id IS NULL OR o.team_id <> n.team_id) k;
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_months_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_months_redo(array_agg(m), array_agg(t), array_agg(e))
  FROM (SELECT DISTINCT date_trunc('month', attendance_date)::date AS m, team_id AS t, employee_id AS e FROM old_rows) k;
  RETURN NULL;
END $$;

CREATE FUNCTION attendance_months_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE attendance_months;
  RETURN NULL;
END $$;

CREATE TRIGGER attendance_months_inserted AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_inserted();
CREATE TRIGGER attendance_months_updated AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_updated();
CREATE TRIGGER attendance_months_deleted AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_deleted();
CREATE TRIGGER attendance_months_truncated AFTER TRUNCATE ON attendance
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_months_truncated();

INSERT INTO attendance_months (month, team_id, employee_id, marks)
SELECT date_trunc('month', attendance_date)::date, team_id, employee_id,
       string_agg(attendance_mark(attendance_date, status, check_in_time, check_out_time), '')
FROM attendance
GROUP BY 1, 2, 3;
`,
};
