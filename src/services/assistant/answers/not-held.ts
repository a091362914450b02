/** Words that say what the service does not hold, and how to say so. */
const NOT_HELD: [RegExp, string | ((held: string) => string)][] = [
  [/(?:working|work|business) days$/, (held) => `I can't count back a number of working days (${held}): ask for a range of dates, such as the last two weeks.`],
  [
    /^(?:before|after|by|until|till|at|around|past|earlier|later) \d|\d ?(?:am|pm|a\.m\.|p\.m\.)$|\d:\d\d$|^(?:noon|midday|o'?clock)$/,
    (held) =>
      `I can't pick people by a time of day (${held}): the service keeps each day's check-in and check-out times; I can list who was late (after the start of their working day), or give one person's times.`,
  ],
  [
    /^(?:why|reasons?)$/,
    (held) =>
      `the service records what happened (who was late, absent or on leave, and when), not ${held === 'why' ? 'why' : 'the reasons'}: it keeps no reasons.`,
  ],
  [
    /^by how|minute/,
    (held) =>
      `I can't say ${/how/.test(held) ? held : 'how many minutes'} late: the service records whether someone was late and when they checked in; ask what time someone checked in.`,
  ],
  [
    /salar|^pay|^tax|wage|compensation|bonus|earn|income|remuneration|stipend|hourly|paid|money|how much (?:does|do|did|will)|spen|cost/,
    (held) => `the service keeps no pay data (${held}): no salaries, wages, bonuses or other compensation.`,
  ],
  [/time.to|recruit|applica|candidate/, (held) => `the service keeps no recruiting data (${held}): only each person's hire date, so I can list hires.`],
  [
    /happ|morale|mood|sentiment|engagement|satisf|stress|burn|well/,
    (held) => `the service keeps no measure of how people feel (${held}): no morale, mood, engagement or sentiment; I can give attendance and scores.`,
  ],
  [/office|location|city|country|based/, (held) => `the service keeps no offices or locations (${held}): only each person's team.`],
  [/phone|address|contact/, (held) => `the service keeps no contact details (${held}) beyond each person's work email.`],
  [/^too /, (held) => `I can't judge what is ${held}: I give the figures (leave taken, absences, lateness) for you to judge.`],
  [/born|birth/, 'the service keeps no age, birth date or birthday.'],
  [
    /^(?:over|under|older than|younger than|aged) \d\d$/,
    (held) => `the service keeps no age, birth date or birthday, so I can't pick people by age (${held}).`,
  ],
  [/live|home address/, 'the service keeps no home addresses: not where anyone lives.'],
  [
    /\d (?:times|plus|minus|divided|multiplied|x) \d|\d ?(?:%|percent) of \d|calculat|math|arithmetic|root/,
    "I don't do arithmetic or other calculations: I answer questions about the HR data you can see.",
  ],
  [/home|wfh/, 'the service keeps no record of where people work (remote, from home or in the office).'],
  [/part|full/, "the service keeps no working-time contracts (part-time or full-time): only each person's team, position and status."],
  [
    /correlat|regression|^(?:people|employees|staff|those|ppl|folks) (?:with|who)/,
    "I can't work out correlations or regressions between figures: I can give each figure (attendance, scores) on its own.",
  ],
  [/log|sign/, (held) => `the service doesn't record logins (${held}): I can say who checked in, or who was present.`],
  [
    /(?:mon|tues|wednes|thurs|fri|satur|sun)days$/,
    (held) => `I can't break figures down by day of the week (${held}): I answer for a day, a week, a month, a quarter, a year or a range of dates.`,
  ],
  [
    /^(?:which|what) (?:month|week|day|date|quarter)$|^(?:best|worst|highest|lowest)[- ].*(?:day|week|month|quarter)/,
    (held) => `I can't rank one period against the others (${held}): ask for one at a time, such as the attendance rate in October.`,
  ],
  [/^(?:early|mid)[- ]/, (held) => `I can't tell where ${held} begins and ends: ask for a range of dates, such as from the 10th to the 20th.`],
  [
    /\bwith$/,
    "the service doesn't record who works with whom (projects, pairs or collaborators): only each person's team and position; I can list a team's people.",
  ],
  [/audit|history|who /, "I don't read the audit trail (who changed what, and when): an admin sees it at GET /audit."],
  [
    / late$/,
    (held) =>
      `I can't tell who ${held}: the service keeps each day's check-in and check-out times, not hours beyond a working day; ask what time someone checked out.`,
  ],
  [/^notice/, (held) => `the service keeps no ${held}s or contract terms: only each person's hire date, end date once they leave, team and status.`],
  [
    /(?:each|every|per) day$|day by day|daily/,
    (held) => `I can't break figures down day by day (${held}): I answer for a day, a week, a month, a quarter, a year or a range of dates, one figure each.`,
  ],
  [/fortnight|weekly|weeks/, 'I can answer for a day, a week, a month, a quarter, a year or a range of dates, not per fortnight.'],
  [/ leave$/, (held) => `the service keeps annual, sick and unpaid leave only, not ${held}.`],
  [
    /predict|forecast|projected|expected|estimated|based on|will|going|gonna|^run|likel|chance|probab/,
    "that is in the future: I can't predict or forecast who is likely to do what; I only know what has been recorded.",
  ],
  [/review|appraisal/, 'the service keeps scores (KPI, tasks, 360 feedback), not what was written in a review or appraisal (its notes or comments).'],
  [
    /sick|doctor|medical|fit note|diagnos|illness/,
    "the service keeps sick leave (the days taken), not sick notes, doctors' notes, diagnoses or other medical records.",
  ],
  [/old/, 'the service keeps no age or birth date.'],
  [/^open |vacanc|openings?$/, 'the service keeps the people employed, not open positions, job openings or vacancies.'],
  [/chart|hierarchy/, "the service keeps no org chart: it does not record reporting lines (who reports to whom), only each person's team and position."],
  [/level|position|seniority/, "I can't break figures down by position (level): ask for one position at a time, such as the seniors'."],
  [/title|role/, "I can't break figures down by job title: ask for one title at a time, such as the QA engineers'."],
  [/week/, "I can't break figures down by day of the week: I answer for a day, a week, a month, a quarter, a year or a range of dates."],
  [/fired|sacked|dismissed|let go|reason/, 'the service records who left and when, not why (fired, dismissed or resigned): ask who left, and when.'],
  [/hour/, "I can't break figures down by hour of the day: I answer for a day, a week, a month, a quarter, a year or a range of dates."],
  [/reports? to/, "the service does not record reporting lines (who reports to whom), only each person's team and position; a team's manager is its Manager."],
  [
    /^managers?(?:'s|')? (?:.* )?teams?$/,
    "I can't rank managers by their teams' figures: ask which team had the most absences, or the best attendance; a team's manager is its Manager.",
  ],
  [
    /manager|boss|supervisor/,
    "the service does not record reporting lines (whose manager or boss is whose), only each person's team and position; a team's manager is its Manager.",
  ],
];

/** The refusal of a thing the service does not hold, in the words the question used. */
export function notHeldText(held: string): string {
  const found = NOT_HELD.find(([word]) => word.test(held))?.[1];
  return typeof found === 'function' ? found(held) : (found ?? `this service keeps no ${held} data, so I can't filter or answer by ${held}.`);
}
