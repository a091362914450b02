/**
 * Quarterly scores. The employee's name and team are read through a join, so
 * they are always the employee's current ones (renames and moves reach every
 * score at once, with nothing to keep in step).
 */
export const performanceScores = {
  id: '003-performance-scores',
  sql: `
CREATE TABLE performance_scores (
  employee_id    text COLLATE "C" NOT NULL REFERENCES employees (employee_id) ON DELETE CASCADE,
  period         text COLLATE "C" NOT NULL CONSTRAINT performance_scores_period_format CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
  kpi            numeric(6, 3) NOT NULL CHECK (kpi BETWEEN 0 AND 100),
  completed_task numeric(6, 3) NOT NULL CHECK (completed_task BETWEEN 0 AND 100),
  feedback_360   numeric(6, 3) NOT NULL CHECK (feedback_360 BETWEEN 0 AND 100),
  final_score    numeric(5, 2) NOT NULL CHECK (final_score BETWEEN 0 AND 100),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (employee_id, period)
);
CREATE INDEX performance_scores_period_idx ON performance_scores (period DESC, employee_id);
`,
};
