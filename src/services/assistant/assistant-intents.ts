import { notHeldText } from './answers/not-held';
import { notHeldWord } from './reading/not-held';
/** The intents an answer can carry, what each means, and the shape of its `data` (also documented in OpenAPI). */
export const INTENTS = {
  employee_lookup:
    'One employee by id or name. data: {employees: [{employee_id, name, email, team_id, position, job_title, status, hire_date}]}, or {error} when not found.',
  employee_count:
    'How many employees, by team, position or status. data: {filters, count, employees: [{employee_id, name, team_id, position, status}] (the first 50 by id), not_listed: how many more count holds}.',
  employee_list: 'Which employees, by team, position or status. data: as employee_count.',
  attendance_summary:
    'Attendance over a day or a range. data: {from, to, team_id, working_days, present, late, half_day, absent, average_rate, teams: [{team_id, working_days, present, late, half_day, absent, average_rate}], alert_rate, teams_below_alert_rate}.',
  attendance_issues: 'Teams whose average rate over the range is below ATTENDANCE_ALERT_RATE. data: as attendance_summary.',
  late_or_absent: 'Who was late, absent or on a half day on a date. data: {date, status, working_day, count, people: [{employee_id, name, team_id}]}.',
  score_summary:
    'Average, min and max final score for a period. data: {period, team_ids, periods: [{period, count, mean, min, max, teams: [{team_id, period, count, mean, min, max}]}]}.',
  score_comparison: 'Teams side by side. data: as score_summary, for the named teams.',
  score_trend: 'Every period in chronological order. data: as score_summary, with period null.',
  top_performers:
    'Best final scores in a period, ties by name. data: {period, order: "top", items: [{rank, employee_id, employee_name, team_id, final_score}]}.',
  bottom_performers: 'Lowest final scores in a period, ties by name. data: as top_performers with order "bottom".',
  my_attendance:
    "The caller's own attendance over a range. data: {employee_id, name, from, to, days_recorded, present, late, half_day, absent, hours_worked, records: [{date, status, check_in_time, check_out_time, hours_worked}]}.",
  employee_attendance: "Another employee's attendance, within the caller's scope. data: as my_attendance.",
  my_scores: "The caller's own scores. data: {employee_id, name, items: [{period, kpi, completed_task, feedback_360, final_score}]}.",
  employee_scores: "Another employee's scores, within the caller's scope. data: as my_scores.",
  attendance_by_person:
    'Who was late, absent, on a half day, without a check-out or on leave over a range, with the days of each; thresholds and rankings. data: {from, to, status, team_id, people: [{employee_id, name, team_id, days, dates}]}.',
  attendance_by_rate:
    "People by their attendance rate over a range: over or under a rate, ranked, or a position's pooled rate. data: {from, to, team_id, position, count, totals: {expected, absent, rate}, people: [{employee_id, name, team_id, position, expected, absent, rate}]}.",
  hours: 'Hours worked over a range by a team or everyone in scope. data: {from, to, team_id, total_hours, people: [{employee_id, hours, days}]}.',
  hires: 'People hired within dates. data: {filters, count, people: [{employee_id, name, team_id, position, job_title, status, hire_date, end_date}]}.',
  leavers: 'People whose last day fell within dates. data: as hires.',
  tenure: 'Longest-serving or newest people, or those with more than N years. data: as hires.',
  score_statistics:
    'Median, minimum, maximum, distribution or thresholds of final scores over one or more quarters. data: {results: [{tool, result: {period, items: [{employee_id, employee_name, team_id, final_score}]}}]} or one such result.',
  score_change: 'Change of final scores between two quarters: most improved, biggest drop. data: as score_statistics.',
  leave_balance: 'Leave balances per type and year. data: {balances: [{employee_id, year, code, allocated, adjusted, taken, pending, available}]}.',
  leave_requests:
    'Leave requests by status, person, team and dates. data: {requests: [{request_id, employee_id, team_id, code, from, to, half_day, days, status}]}.',
  holidays:
    "The next holiday, or the holidays within dates: the organisation's and a team's own. data: {holidays: [{date, name, team_id, half}]}; for the working days between dates, {from, to, team_id, work_week_days, holiday_days, working_days, holidays: [{date, name, days}]}.",
  corrections: 'Attendance corrections by state. data: {corrections: [{correction_id, employee_id, team_id, date, state}]}.',
  several_questions:
    'Several questions in one message, each answered as if asked alone, in turn (one refused: the refusal alone). data: {parts: [{question, answer, intent, data}], parsed: {the first reading, unused, parts: [each reading]}}.',
  help: 'A greeting, thanks, or a question about the assistant itself ("what can you do"): what it answers, with examples. data: {}.',
  refused: 'A question about passwords, hashes, tokens or secrets. data: {}.',
  unsupported: 'Anything else: an honest "I can\'t answer that" with examples. data: {}.',
} as const;

export type Intent = keyof typeof INTENTS;

/** For providers that do not classify: the intent of the last tool a model used (and whose records it asked for). */
const INTENT_OF_TOOL: Record<string, Intent> = {
  find_employee: 'employee_lookup',
  list_employees: 'employee_list',
  attendance_rate: 'attendance_summary',
  attendance_exceptions: 'late_or_absent',
  attendance_by_person: 'attendance_by_person',
  attendance_rates_by_person: 'attendance_by_rate',
  score_summary: 'score_summary',
  rank_performers: 'top_performers',
};

export function intentOfTool(tool: string, input: unknown, ownEmployeeId: string | null): Intent {
  if (tool === 'employee_attendance' || tool === 'employee_scores') {
    const asked = (input as { employee_id?: unknown } | null)?.employee_id;
    const other = typeof asked === 'string' && asked.toUpperCase() !== ownEmployeeId;
    return tool === 'employee_attendance' ? (other ? 'employee_attendance' : 'my_attendance') : other ? 'employee_scores' : 'my_scores';
  }
  return INTENT_OF_TOOL[tool] ?? 'unsupported';
}

export const EXAMPLE_QUESTIONS = [
  'Who is DEV-001?',
  'How many employees are in QA?',
  "What's the average score for Q1 2025?",
  'Compare DEV and QA performance',
  'Performance trends over quarters',
  'Who was late yesterday?',
  'What was the attendance rate last week?',
  'Show me departments with attendance issues last month',
  'Who are the top 5 performers in 2025-Q2?',
  'What is my attendance this month?',
];

export const CANNOT_ANSWER = `I can't answer that. I can answer questions such as: ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}.`;

const SENSITIVE = /\b(pass(word|wd|phrase)s?|hash(es|ed)?|bcrypt|tokens?|jwt|secrets?|credentials?|api[\s-]?keys?|private\s+keys?)\b/i;

/** The refusal of a secret, naming the word asked with: null when the question asks for none. */
export function secretRefusal(question: string): string | null {
  const asked = SENSITIVE.exec(question)?.[0].toLowerCase();
  if (asked === undefined) return null;
  // "Salaries and passwords": what else was asked that the service does not hold is named too.
  const rest = question.replace(new RegExp(SENSITIVE.source, 'gi'), ' ');
  const held = notHeldWord(rest, rest.toLowerCase());
  const also = held === null || SENSITIVE.test(held) ? '' : `; and ${notHeldText(held)}`;
  return `I can't share ${asked}: passwords, password hashes, tokens, keys and other secrets are never given out, and I only ever answer about data you are allowed to see${also}${also ? '' : '.'}`;
}
