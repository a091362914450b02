import { EXAMPLE_QUESTIONS } from '../assistant-intents';
import { PEOPLE_MEASURES, type Measure } from '../reading/measure';
import { refuseAction } from './actions';
import { absenceRates } from './absence-rates';
import { againstAverage, againstCompanyAverage } from './against-average';
import { attendance } from './attendance-answers';
import { checkTimes } from './check-times';
import { monthBeside, ratesOverPeriods } from './attendance-periods';
import { eachPeriod, sideBySide } from './side-by-side';
import { listedPeriods } from './listed-periods';
import { severalParts } from './several-parts';
import { holidays } from './holiday-answers';
import { balances, corrections, requests } from './leave-answers';
import { halfDayLeave } from './half-day-leave';
import { employment, headcount, personFacts } from './people-answers';
import { peopleFactsCompared } from './people-facts-compared';
import { aboutTheAssistant } from './help';
import { notHeldText } from './not-held';
import { primary, teamOutOfScope } from './out-of-scope';
import { countSeries, countsInSeries, ownCountSeries } from './count-series';
import { neverAmong } from './never-among';
import { ATTENDANCE, countedPeople, percentOfDays, severalTotals, totalsSideBySide } from './measure-groups';
import { ownByDefault } from './own-by-default';
import { weeksNotAWeekApart } from '../reading/period-phrases';
import { rateSeries, seriesNotAnswered, seriesUnit } from './rate-series';
import { invalidDate } from '../reading/invalid-date';
import { leftOut, unapplied } from './unapplied';
import { excluding } from './excluding';
import { aboutOnePerson, cannot, reply, type Question, type Step } from './plan';
import { scores } from './score-answers';
import { workingDays } from './working-days';

/** Measures answered one team at a time, so several teams are each answered in turn. */
const EACH_TEAM = new Set<Measure>(['hires', 'leavers', 'leave_requests', 'leave_taken']);
/** Measures a team breakdown is answered for: headcounts, scores and what is kept by day, but for who is in or not in yet. */
const BY_TEAM = new Set<Measure>(['headcount', 'score', ...[...ATTENDANCE].filter((m) => m !== 'present' && m !== 'not_checked_in')]);
const PROFILE = new Set<Measure>(['profile', 'position', 'job_title', 'hire_date', 'end_date', 'email', 'team']);
const EXAMPLES = `I can answer questions such as: ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}.`;
// A year, whole or so far; January alone is a month.
const wholeYear = (r: { from: string; to: string }) => r.from.endsWith('-01-01') && r.from.slice(0, 4) === r.to.slice(0, 4) && r.to.slice(5, 7) !== '01';

/** A question with nothing to measure, refused naming what was read of it, so the asker sees what is missing. */
function nothingMeasured(reading: Question['reading']): string {
  const read = [
    reading.range ? `${reading.range.label} (${reading.range.from} to ${reading.range.to})` : null,
    reading.quarters.length > 0 ? reading.quarters.join(', ') : null,
    reading.me ? 'that it is about you' : null,
  ].filter(Boolean);
  const what = 'nothing I can measure (attendance, lateness, absences, hours, scores, leave, holidays, headcount, hires or leavers)';
  const asked = /[a-z0-9]/.test(reading.said) ? ` (${reading.said.replace(/[?!.]+$/, '')})` : '';
  return read.length > 0 ? `I read ${read.join(' and ')}, but ${what} in the question${asked}.` : `I found ${what} in the question${asked}.`;
}

/** Every part of the question applied, or named back in a refusal: never a figure for a different question. */
export function compose(asked: Question): Step {
  const q = ownByDefault(asked);
  const { reading } = q;
  const about = aboutTheAssistant(reading.said, EXAMPLES);
  if (about !== null) return about;
  if (reading.action !== null) return refuseAction(reading.action);
  const notADate = invalidDate(reading.said);
  if (notADate !== null)
    return cannot(primary(reading.measures) ?? 'unknown', `${notADate} is not a date in the calendar: ask with a real date, such as 2025-02-28.`);
  const weeks = weeksNotAWeekApart(reading.said, reading.range);
  if (weeks !== null)
    return cannot(primary(reading.measures) ?? 'unknown', `I read weeks listed by their first days, each a week after the one before; ${weeks} are not.`);
  if (reading.notHeld !== null) return cannot('unsupported', notHeldText(reading.notHeld));
  // A team outside the caller's scope is named first: even a question read whole would not be answered.
  const outOfScope = teamOutOfScope(q);
  if (outOfScope !== null) return outOfScope;
  if (reading.unused.length > 0) return unapplied(q, EXAMPLES);
  if (reading.excluded !== null) return excluding(q, primary(reading.measures));
  // "Which security staff had no absences": the state denied, the staff only who is asked about.
  const denied = reading.measures.filter((m) => m !== 'headcount' && m !== 'profile');
  if (reading.filters.negated) return neverAmong(q, denied.length === 1 ? denied[0]! : '', leftOut(reading.said) ?? 'not');
  // "Seniors vs juniors": each position's figures, side by side, never pooled.
  const { position_also: alsoPosition, ...filters } = reading.filters;
  if (alsoPosition !== undefined) {
    // Each level's figure alone: "better than" is between the two, not against either's own average.
    const said = reading.said.replace(/\b(?:better|worse|higher|lower) than\b/g, ' ');
    const each = { ...reading, said, operation: reading.operation === 'compare' ? ('lookup' as const) : reading.operation };
    return sideBySide([
      compose({ ...q, reading: { ...each, filters } }),
      compose({ ...q, reading: { ...each, filters: { ...filters, position: alsoPosition } } }),
    ]);
  }
  // "Annual vs sick leave", "leave taken by kind": each kind's figures, side by side.
  const { leave_type_also: otherKinds, ...oneKind } = filters;
  if (otherKinds !== undefined)
    return sideBySide(
      [oneKind.leave_type!, ...otherKinds].map((kind) => compose({ ...q, reading: { ...reading, filters: { ...oneKind, leave_type: kind } } })),
    );
  if (reading.holidayName !== null && reading.holidayUse === 'name') return holidays(q);
  const rateWords = reading.measures.filter((m) => m === 'attendance_rate' || m === 'attendance');
  const rateMeasure = reading.absenceRate ? 'absence_rate' : 'attendance_rate';
  const listed = listedPeriods(q, compose, rateMeasure);
  if (listed !== null) return listed;
  if (reading.absenceRate && (reading.perPerson || reading.unit === 'person') && q.people.length === 0 && !reading.me) return absenceRates(q);
  if (
    reading.otherPeriod !== null &&
    reading.range !== null &&
    rateWords.length > 0 &&
    rateWords.length === reading.measures.length &&
    q.people.length === 0 &&
    !reading.me
  )
    return ratesOverPeriods(q, [reading.range, monthBeside(reading.range, reading.otherPeriod)], rateMeasure);
  const own = ownCountSeries(q);
  if (own) return own;
  // "Attendance by month this year", "attendance trend", "late arrivals by month": each period's rate or count.
  if (reading.operation === 'trend' && q.people.length === 0 && reading.filters.job_title === undefined && !reading.me && reading.teams.length <= 1) {
    if (rateWords.length > 0 && rateWords.length === reading.measures.length) return rateSeries(q, seriesUnit(reading.said), rateMeasure);
    const [only] = reading.measures;
    if (only !== undefined && reading.measures.length === 1 && countsInSeries(only) && reading.filters.position === undefined && reading.threshold === null)
      return countSeries(q, seriesUnit(reading.said), only);
  }
  const unanswered = seriesNotAnswered(q);
  if (unanswered !== null) return unanswered;
  // "Did attendance go up or down from september to october": the rate of each end, not of the span. Teams compared
  // "between 2025-10-01 and 2025-10-31" are compared over the days between, not on the two days.
  // "Headcount on 1 October versus today": two days asked apart, each answered; "between 1 and 31 October" is one span.
  const daysApart = reading.ends !== null && reading.ends.every((end) => end.from === end.to) && reading.pair;
  const dayEnds = reading.ends !== null && reading.ends.every((end) => end.from === end.to) && !reading.pair;
  if (
    reading.ends !== null &&
    (reading.statistic === 'change' || reading.statistic === 'mean_change' || ((reading.operation === 'compare' || reading.pair) && !dayEnds)) &&
    rateWords.length > 0 &&
    rateWords.length === reading.measures.length &&
    q.people.length === 0 &&
    !reading.me
  )
    return ratesOverPeriods(q, reading.ends, rateMeasure);
  // One person's absence rate comes with their attendance; a team's or everyone's is its own answer.
  if (reading.absenceRate && !(q.people.length === 1 || (reading.me && q.people.length === 0))) return absenceRates(q);
  const onePerson = aboutOnePerson(q);
  if (
    reading.otherPeriod !== null &&
    reading.range !== null &&
    (onePerson || (q.people.length === 0 && reading.teams.length <= 1)) &&
    reading.measures.length > 0 &&
    reading.measures.every((m) => ATTENDANCE.has(m) || m === 'leave_taken')
  )
    return eachPeriod(q, [reading.range, monthBeside(reading.range, reading.otherPeriod)], compose, onePerson ? 'lookup' : 'count');
  // "Hours I worked last week vs the week before": each period's figures, side by side.
  if (
    reading.ends !== null &&
    !dayEnds &&
    (reading.operation === 'compare' || reading.statistic === 'change' || reading.pair) &&
    (onePerson || (q.people.length === 0 && reading.teams.length <= 1)) &&
    reading.measures.length > 0 &&
    countedPeople(reading.measures).every((m) => ATTENDANCE.has(m) || (!onePerson && (m === 'hires' || m === 'leavers' || (m === 'headcount' && daysApart))))
  )
    return eachPeriod(q, reading.ends, compose, onePerson ? 'lookup' : 'count');
  if (reading.otherPeriod !== null && reading.range !== null) {
    return cannot(
      reading.measures[0] ?? 'unknown',
      `I answer for one period at a time, and I read ${reading.range.label} (${reading.range.from} to ${reading.range.to}) but not ${reading.otherPeriod}: ask about each separately.`,
    );
  }
  const several = againstCompanyAverage(q) ?? severalParts(q, compose) ?? againstAverage(q) ?? totalsSideBySide(q, compose);
  if (several !== null) return several;
  // "ppl on my team under 90% last month": a percentage of people over days can only be their attendance rate.
  const named = percentOfDays(reading) ? 'attendance_rate' : severalTotals(reading) ? 'attendance' : primary(reading.measures);
  // Top and bottom with nothing else to rank by are performers; "off" ahead of today is leave.
  const ranked = (named === null || named === 'headcount') && reading.operation === 'rank' && reading.byMerit ? 'score' : named;
  const plain = ranked === null || ranked === 'headcount' || (ranked === 'team' && reading.statistic === 'change');
  const statistical = plain && reading.statistic !== null && reading.statistic !== 'issues' ? 'score' : ranked;
  // Named people's "joined" and "last day" are facts of their records.
  const ofPerson = q.people.length > 0 && statistical === 'hires' ? 'hire_date' : q.people.length > 0 && statistical === 'leavers' ? 'end_date' : statistical;
  // Quarters are the periods of scores: "anyone below 60 in Q3", "compare DEV and QA in Q1" are about scores.
  // "How did the AI folks trend over the last 4 quarters": people named by a word, not counted, trend by their scores.
  const peopleTrend = ofPerson === 'headcount' && reading.operation === 'trend' && !/\b(?:headcount|how many|size|number of|count)\b/.test(reading.said);
  const scored = (ofPerson === null || peopleTrend) && reading.quarters.length > 0 ? 'score' : ofPerson;
  // "Off" is away: approved leave, for days that reach today or later; "was off yesterday" is absent.
  const away =
    reading.range !== null ? reading.range.from > q.context.today || (reading.off && reading.range.to >= q.context.today) : reading.off && !reading.past;
  const measure = scored === 'absent' && away ? 'on_leave' : scored;
  const halves = halfDayLeave(q);
  if (halves !== null) return halves;
  // A kind of leave is a property of requests: who was on sick leave is who had approved sick leave requests then.
  if ((measure === 'on_leave' || measure === 'absent') && reading.filters.leave_type) return requests(q, 'approved');
  // "How many days (off) on leave this month": the days taken, as the summaries count them.
  const daysTaken =
    (measure === 'on_leave' || measure === 'leave_taken') && reading.operation === 'count' && reading.range !== null && !wholeYear(reading.range);
  // One person's leave is their approved requests: days wholly ahead of today are booked, not yet taken.
  const ahead = reading.range !== null && reading.range.from > q.context.today && (q.people.length > 0 || reading.me);
  if (daysTaken && !reading.filters.leave_type) return ahead ? requests(q, 'approved') : attendance(q, 'on_leave');
  if (measure === 'on_leave' && (q.people.length === 1 || (reading.me && q.people.length === 0 && q.context.employee_id !== null)))
    return requests(q, 'approved');
  if (measure === 'leave_taken' && (reading.operation === 'list' || (reading.range !== null && !wholeYear(reading.range)))) return requests(q, 'approved');
  // "What holidays are left" is about the calendar; a balance is someone's ("my", "how many days"); public holidays are nobody's balance.
  if (
    measure === 'leave_balance' &&
    reading.measures.includes('holidays') &&
    !reading.me &&
    q.people.length === 0 &&
    reading.filters.leave_type === undefined &&
    (reading.operation !== 'count' || reading.scope === 'organisation')
  )
    return holidays(q);
  // Job titles are free text on people: a headcount or a list of them, nothing kept over days.
  if (reading.filters.job_title !== undefined && measure !== null && measure !== 'headcount' && measure !== 'profile' && measure !== 'position')
    return cannot(
      measure,
      `I can count and list people by job title (${reading.filters.job_title}), not filter ${measure.replace(/_/g, ' ')} by it; ask by position (level) or team instead.`,
    );
  const filtered = reading.filters.position !== undefined || (reading.filters.status !== undefined && reading.filters.status !== 'active');
  // A position on attendance filters the people in scope, then the same figures; check-ins are counted by team only.
  const byPosition =
    reading.filters.position !== undefined && (reading.filters.status === undefined || (reading.filters.status === 'active' && measure === 'score'));
  const positioned = byPosition && measure !== null && ((ATTENDANCE.has(measure) && measure !== 'present') || measure === 'score');
  if (filtered && measure !== null && !PEOPLE_MEASURES.has(measure) && !positioned)
    return cannot(
      measure,
      `I can't filter ${measure.replace(/_/g, ' ')} by ${reading.filters.position ? `position (${reading.filters.position})` : `status (${reading.filters.status})`}: that filter applies to headcounts, hires, leavers, tenure${measure === 'present' ? ', attendance rates, hours and who was late or absent' : ''}.`,
    );
  // An employee sees only their own scores and attendance: "Q1 score", "attendance last wk" from them is theirs.
  if (
    q.context.role === 'employee' &&
    measure !== null &&
    (measure === 'score' || measure === 'kpi' || ATTENDANCE.has(measure)) &&
    !reading.me &&
    q.people.length === 0 &&
    reading.teams.length === 0 &&
    (reading.operation === 'lookup' || reading.operation === 'trend') &&
    !(ATTENDANCE.has(measure) ? /\b(?:the|team|teams|department|dept|company|everyone|everybody|all)\b/ : /\b(?:team|teams|department|dept|company)\b/).test(
      reading.said,
    )
  ) {
    const own = { ...q, reading: { ...reading, me: true } };
    return ATTENDANCE.has(measure) ? attendance(own, measure) : scores(own, measure === 'kpi');
  }
  const aboutPeople = q.people.length > 0 || reading.me;
  if (measure === null) {
    if (q.people.length > 0) return personFacts(q, 'profile')!;
    if (reading.teams.length > 0 || reading.filters.position || reading.filters.status || reading.filters.job_title) return headcount(q);
    return reply('unsupported', 'unknown', `I can't answer that: ${nothingMeasured(reading)} ${EXAMPLES}`);
  }
  if (PROFILE.has(measure) || (measure === 'tenure' && aboutPeople && reading.operation !== 'rank')) {
    if (reading.me && q.people.length === 0 && q.context.employee_id === null) return cannot(measure, 'this login has no employee record of its own.');
    const facts = q.people.length > 0 ? personFacts(q, measure) : null;
    if (facts) return facts;
    if (q.people.length > 1) return peopleFactsCompared(q, measure) ?? cannot(measure, 'I describe one person at a time.');
    if (measure === 'tenure') return cannot('tenure', 'ask about one person, or for the longest-serving.');
    // A list of people names them, not their addresses: "the emails of DEV" is not its headcount.
    if (measure === 'email') return cannot('email', "I give one person's email at a time: ask with their name or id.");
    return headcount(q);
  }
  if (reading.me && q.people.length === 0 && q.context.employee_id === null && !['holidays', 'headcount'].includes(measure)) {
    const intent = ATTENDANCE.has(measure) ? 'my_attendance' : measure === 'score' || measure === 'kpi' ? 'my_scores' : 'unsupported';
    return reply(intent, measure, "I can't answer that: this login has no employee record, so it has no attendance, scores or leave of its own.");
  }
  // "Hires per team", "pending requests in DEV and in QA", "average tenure by team": each team's answer, side by side (the teams the caller sees).
  const eachTeam = EACH_TEAM.has(measure) || measure === 'working_days' || (measure === 'tenure' && reading.statistic === 'mean');
  if ((reading.perTeam || reading.teams.length > 1) && eachTeam && q.people.length === 0 && !reading.me) {
    const teams = reading.teams.length > 1 ? reading.teams : q.context.teams.map((t) => t.team_id);
    return sideBySide(teams.map((team) => compose({ ...q, reading: { ...reading, teams: [team], perTeam: false, unit: null } })));
  }
  if (reading.perTeam && !BY_TEAM.has(measure)) return cannot(measure, `I can't break ${measure.replace(/_/g, ' ')} down by team; ask for one team at a time.`);
  if (ATTENDANCE.has(measure)) return attendance(q, measure);
  switch (measure) {
    case 'headcount':
      return headcount(q);
    case 'tenure':
    case 'hires':
    case 'leavers':
      return employment(q, measure);
    case 'score':
    case 'kpi':
      // "My KPI and my final score": the final score, which comes with its KPI.
      return scores(q, measure === 'kpi' && !reading.measures.includes('score'));
    case 'leave_balance':
    case 'leave_taken':
      return balances(q, measure);
    case 'leave_requests': {
      const also = reading.filters.request_status_also;
      if (also === undefined) return requests(q);
      const { request_status_also: _also, ...filters } = reading.filters;
      return sideBySide([
        requests({ ...q, reading: { ...reading, filters } }),
        requests({ ...q, reading: { ...reading, filters: { ...filters, request_status: also } } }),
      ]);
    }
    case 'holidays':
      return holidays(q);
    case 'corrections':
      return corrections(q);
    case 'check_times':
      return checkTimes(q);
    case 'working_days':
      return workingDays(q);
  }
  return cannot(measure, `I can't answer about ${measure.replace(/_/g, ' ')} that way.`);
}
