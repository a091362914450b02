/**
 * The summary counts a week of records per team and status. With every column
 * it reads in one index, that is an index-only scan: for the 18,000 rows of a
 * week among two million, EXPLAIN ANALYZE put the grouped count at about 7 ms
 * against 15 ms through a bitmap heap scan.
 */
export const attendanceDayCounts = {
  id: '004-attendance-day-counts',
  sql: `CREATE INDEX attendance_day_team_status_idx ON attendance (attendance_date, team_id) INCLUDE (status);`,
};
