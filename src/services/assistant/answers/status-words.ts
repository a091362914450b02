/** How each status a person's day is counted under is said: "3 people were late", "on a half day". */
export const STATUS_WORD = {
  late: 'late',
  absent: 'absent',
  'half-day': 'on a half day',
  missing_check_out: 'without a check-out',
  on_leave: 'on leave',
  not_checked_in: 'not checked in yet',
  checked_in: 'checked in',
} as const;

/** The day's states a measure names, for those the range summary totals (late days, absences, half days, …). */
export const MEASURE_STATUS = {
  late: 'late',
  absent: 'absent',
  half_day: 'half-day',
  missing_check_out: 'missing_check_out',
  on_leave: 'on_leave',
} as const;

/** The range summary's total (RangeTotals) a status's days add up to; the others are not totalled over a range. */
export const STATUS_TOTAL = { late: 'late', absent: 'absent', 'half-day': 'half_day', missing_check_out: 'missing_check_out', on_leave: 'on_leave' } as const;

/** A person's own count of each state a measure names, as employee_attendance gives it. */
export const PERSON_TOTAL = {
  late: 'late',
  absent: 'absent',
  half_day: 'half_day',
  missing_check_out: 'missing_check_out',
  on_leave: 'on_leave_days',
} as const;

/** "How many days of absence on 31 October": a day's absences in days (halves as halves), not the people absent. */
export const IN_DAYS = /\b(?:days? of (?:absence|absences|leave|lateness)|(?:absent|absence|lost|missed) days|days? (?:absent|lost|missed)|how many days)\b/;
