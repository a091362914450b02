import { POSITIONS } from '../../../core/employee';
import { collated, COMPARED, firstOf, listed, names, plural, sentence, yearsBetween } from './format';
import { meets } from '../reading/operation';
import { cannot, type Person, type Question, type Step } from './plan';
import { TEAMS_SOUGHT } from '../reading/teams-sought';
import { teamsPastLine } from './teams-past-line';
import { headcountOn } from './headcount-on';
import { jobOf, withJob, withTeam } from './asked-details';
import { hiresSplit } from './hires-split';
import { countsByTeam, largestTeams, titleOf } from './headcounts-by-team';

type Brief = Person;

// Dates written YYYY-MM-DD order alike by collation and by their characters; the characters are far cheaper over a whole scope.
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A mean year, for an average tenure in years. */
const YEAR_MS = 365.2425 * 86_400_000;

const describe = (e: Brief, today: string) => {
  const left = e.end_date !== null && e.end_date < today;
  const title = jobOf(e);
  return `${e.name} (${e.employee_id}) is ${/^[AEIOU]/.test(title || e.position) ? 'an' : 'a'} ${title || e.position} in team ${e.team_id}, hired ${e.hire_date}${e.end_date ? `, ${left ? 'left' : 'leaving'} on ${e.end_date} (last day)` : ''}, ${e.status}.`;
};

/** "Joined first", "left last": the order the question asks hires or leavers in ("left us last quarter" is a period). */
const JOINED_IN_ORDER =
  /\b(?:joined|started|hired|left|join|start)(?: us| the company)? (first|earliest|earlier|last(?! (?:quarter|month|week|year|yr|q[1-4])\b)|latest|most recently)\b/;

/** A person's hires and leavers are their own start and last day. */
const OF_PERSON: Record<string, string> = { hires: 'hire_date', leavers: 'end_date' };

/** One person's profile facts: position, title, team, dates, tenure. */
export function personFacts(q: Question, measure: string): Step | null {
  if (q.people.length !== 1) return null;
  const e = q.people[0]!;
  const today = q.context.today;
  const until = e.end_date !== null && e.end_date < today ? e.end_date : today;
  const text: Record<string, string> = {
    position: `${e.name} (${e.employee_id}) is a ${e.position}${e.job_title ? ` (${e.job_title})` : ''} in team ${e.team_id}.`,
    job_title: `${e.name} (${e.employee_id})'s job title is ${e.job_title ?? 'not recorded'}; position ${e.position}, team ${e.team_id}.`,
    hire_date: `${e.name} (${e.employee_id}) joined on ${e.hire_date}.`,
    end_date:
      e.end_date === null
        ? `${e.name} (${e.employee_id}) is still employed: no last day is recorded.`
        : `${e.name} (${e.employee_id})'s last day ${e.end_date < today ? 'was' : 'is'} ${e.end_date}.`,
    team: `${e.name} (${e.employee_id}) is in team ${e.team_id}.`,
    tenure: `${e.name} (${e.employee_id}) joined on ${e.hire_date}: ${plural(yearsBetween(e.hire_date, until), 'full year')} of service${until === today ? ' so far' : ` (left ${until})`}.`,
    profile: describe(e, today),
  };
  if (measure === 'email')
    return {
      intent: 'employee_lookup',
      measure,
      calls: [{ name: 'find_employee', input: { employee_id: e.employee_id } }],
      phrase: ([r]) => `${e.name} (${e.employee_id})'s email is ${(r as { employees: { email: string }[] }).employees[0]!.email}.`,
    };
  // "Start date, last day and job title": each fact asked, none dropped; a job title's line says the position and team too.
  const asked = new Set([measure, ...q.reading.measures.map((m) => OF_PERSON[m] ?? m).filter((m) => m !== 'profile' && m in text)]);
  if (asked.has('job_title') || asked.has('position')) asked.delete('team');
  if (asked.has('job_title') && measure !== 'position') asked.delete('position');
  const line = text[measure] === undefined ? undefined : [...asked].map((m) => text[m]).join(' ');
  // Read again by key, so the answer's data is the employee as the service gives it.
  return line === undefined
    ? null
    : { intent: 'employee_lookup', measure, calls: [{ name: 'find_employee', input: { employee_id: e.employee_id } }], phrase: () => line };
}

const scopeWords = (q: Question) => (q.reading.teams.length === 1 ? `in ${q.reading.teams[0]}` : 'that you can see');
const SIZE = /\b(?:headcount|hc|size|how big|how large|strength|count|number|total|numbers)\b/;

const filterWords = (q: Question, status: string, title = q.reading.filters.job_title) =>
  [status === 'any' ? '' : status, q.reading.filters.position ?? '', 'employees', title ? `(job title: ${title})` : ''].filter(Boolean).join(' ');

/** Headcounts and lists of people, by team, position and status; leavers are left out unless asked for. */
export function headcount(q: Question): Step {
  const on = headcountOn(q);
  if (on !== null) return on;
  const { operation, filters, teams } = q.reading;
  const status = filters.status ?? 'active';
  const base = {
    ...(filters.position && { position: filters.position }),
    ...(status !== 'any' && { status }),
    ...(filters.job_title && { job_title: filters.job_title }),
  };
  if (q.reading.perPosition) {
    if (teams.length > 1) return cannot('headcount', 'I count by level for one team at a time, or for everyone you can see.');
    const team = teams[0] ? { team_id: teams[0] } : {};
    return {
      intent: 'employee_count',
      measure: 'headcount',
      operation,
      calls: POSITIONS.map((position) => ({ name: 'list_employees', input: { ...base, ...team, position } })),
      phrase: (results) =>
        `${sentence(filterWords(q, status, titleOf(results[0])))}${teams[0] ? ` in ${teams[0]}` : ''} by level: ${POSITIONS.map((p, i) => `${p} ${(results[i] as { count: number }).count}`).join(', ')}.`,
    };
  }
  // "Which teams have more than 10 people": each team counted, those over the line named; a bare number on people
  // ("employees over 50") measures nothing the service keeps, so it is named back.
  const threshold = q.reading.threshold;
  if (threshold !== null && operation === 'threshold') {
    if (q.reading.unit !== 'team')
      return cannot(
        'headcount',
        `I can't tell what the number measures in your question (${q.reading.said}): ask about a figure such as an attendance rate, a score or years of service.`,
      );
    return countsByTeam(teams.length > 0 ? teams : q.context.teams.map((t) => t.team_id), base, operation, (counts, title) => {
      const over = counts.filter((t) => meets(t.count, threshold.comparison, threshold.value));
      const what = filterWords(q, status, title);
      const line = `${COMPARED[threshold.comparison]} ${plural(threshold.value, what.replace('employees', 'employee'), what)}`;
      return over.length === 0
        ? `No team you can see has ${line}: none.`
        : `${plural(over.length, 'team')} with ${line}: ${over.map((t) => `${t.team} (${t.count})`).join(', ')}.`;
    });
  }
  if (operation === 'list' && teams.length > 1) {
    return {
      intent: 'employee_list',
      measure: 'headcount',
      operation,
      calls: teams.map((team_id) => ({ name: 'list_employees', input: { ...base, team_id } })),
      phrase: (results) =>
        teams
          .map((team, i) => {
            const d = results[i] as { count: number; employees: Brief[]; not_listed: number };
            const what = filterWords(q, status, titleOf(d));
            return d.count === 0
              ? `No ${what} in ${team}.`
              : `${plural(d.count, what.replace('employees', 'employee'), what)} in ${team}: ${names(d.employees)}${d.not_listed > 0 ? ` and ${d.not_listed} more` : ''}.`;
          })
          .join(' '),
    };
  }
  // "Headcount of QA and DEV": each team's count, as a comparison gives them.
  if ((operation === 'rank' || operation === 'compare' || q.reading.perTeam || (teams.length > 1 && operation !== 'list')) && teams.length !== 1) {
    return countsByTeam(teams.length > 1 ? teams : q.context.teams.map((t) => t.team_id), base, operation, (counts, title) => {
      const sorted = [...counts].sort((a, b) => (q.reading.order === 'bottom' ? a.count - b.count : b.count - a.count) || a.team.localeCompare(b.team));
      const table = `${sentence(filterWords(q, status, title))} by team: ${sorted.map((c) => `${c.team} ${plural(c.count, 'employee')}`).join(', ')}.`;
      return (teams.length > 1 ? null : largestTeams(q.reading.said, sorted)) ?? table;
    });
  }
  if (teams.length > 1) return cannot('headcount', `I can count one team at a time, or compare teams: ask "compare headcount of ${teams.join(' and ')}".`);
  const input = { ...base, ...(teams[0] && { team_id: teams[0] }) };
  // "Juniors in my team", "inactive employees", "can I see everyone in security": a group named with no word of counting
  // is asked for by name (the count comes with the names); its size ("headcount", "how big") is a count.
  const counted = operation === 'count' || (operation === 'lookup' && SIZE.test(q.reading.said));
  return {
    intent: counted ? 'employee_count' : 'employee_list',
    measure: 'headcount',
    operation,
    calls: [{ name: 'list_employees', input }],
    phrase: ([r]) => {
      const d = r as { count: number; employees: Brief[]; not_listed: number };
      const what = filterWords(q, status, titleOf(d));
      if (counted) return `There ${d.count === 1 ? 'is' : 'are'} ${plural(d.count, what.replace('employees', 'employee'), what)} ${scopeWords(q)}.`;
      if (d.count === 0) return `There are no ${what} ${scopeWords(q)}: nobody.`;
      return `${plural(d.count, what.replace('employees', 'employee'), what)} ${scopeWords(q)}: ${described(q, d.employees)}${d.not_listed > 0 ? ` and ${d.not_listed} more` : ''}.`;
    },
  };
}

/** "Who's on my team and what are their job titles": each person with the fact asked of them all. */
function described(q: Question, people: readonly Brief[]): string {
  const fact = q.reading.measures.includes('job_title') ? 'job_title' : q.reading.measures.includes('position') ? 'position' : null;
  return fact === null ? names(people) : listed(people, (p) => `${p.name} (${p.employee_id}): ${p[fact] ?? 'no job title'}`);
}

/** Hires and leavers within a period; tenure ranked or over a threshold. */
export function employment(q: Question, measure: 'hires' | 'leavers' | 'tenure'): Step {
  const { range, teams, filters, operation, threshold, order, limit } = q.reading;
  if (teams.length > 1) return cannot(measure, 'I can answer this for one team at a time.');
  const team = teams[0] ? { team_id: teams[0] } : {};
  const position = filters.position ? { position: filters.position } : {};
  const where = teams[0] ? ` in ${teams[0]}` : '';
  const today = q.context.today;
  if (measure === 'hires' || measure === 'leavers') {
    const ordered = JOINED_IN_ORDER.exec(q.reading.said)?.[1];
    // "Who joined first in DEV": with no period to hire in, the longest-serving; "who joined last", the newest.
    if (measure === 'hires' && range === null && ordered !== undefined && operation !== 'rank')
      return employment(
        { ...q, reading: { ...q.reading, operation: 'rank', order: 'top', limit: null } },
        /^(?:first|earl)/.test(ordered) ? 'tenure' : 'hires',
      );
    // Leavers are few: without a period, every one of them.
    if (range === null && !(measure === 'hires' && operation === 'rank') && measure !== 'leavers')
      return cannot(measure, `tell me the period: for example "${measure === 'hires' ? 'who was hired' : 'who left'} in 2025" or "in October".`);
    if (measure === 'hires' && operation === 'rank') {
      return {
        intent: 'tenure',
        measure: 'hires',
        operation,
        calls: [{ name: 'employment_dates', input: { ...team, ...position, status: 'active' } }],
        phrase: ([r]) => {
          const people = [...(r as { people: Brief[] }).people]
            .sort((a, b) => b.hire_date.localeCompare(a.hire_date) || a.name.localeCompare(b.name))
            .slice(0, limit ?? 1);
          return people.length === 0
            ? `Nobody${where} that you can see.`
            : `Newest${where}: ${people.map((p) => `${p.name} (${p.employee_id})${withJob(q, p)}, hired ${p.hire_date}`).join('; ')}.`;
        },
      };
    }
    if (measure === 'hires' && range !== null && (filters.status === 'active' || filters.status === 'inactive'))
      return hiresSplit(q, range, { status: filters.status });
    // "Were all of this year's hires juniors": the level's part of all the hires.
    if (measure === 'hires' && range !== null && filters.position && q.reading.yesNo) return hiresSplit(q, range, { position: filters.position });
    const span = range ?? { from: '1900-01-01', to: today, label: 'so far' };
    const dates = measure === 'hires' ? { hired_from: span.from, hired_to: span.to } : { left_from: span.from, left_to: span.to };
    return {
      intent: measure,
      measure,
      operation,
      period: span,
      // "Joined before 2022", with no start, asks about the people here now; a period's hires include those who left since.
      calls: [
        { name: 'employment_dates', input: { ...team, ...position, status: measure === 'hires' && span.from <= '1900-01-01' ? 'active' : 'any', ...dates } },
      ],
      phrase: ([r]) => {
        const people = (r as { people: Brief[] }).people;
        if (threshold !== null && !threshold.percent && TEAMS_SOUGHT.test(q.reading.said))
          return teamsPastLine(people, threshold, measure === 'hires' ? 'hire' : 'leaver', `from ${span.from} to ${span.to}`);
        const verb = measure === 'hires' ? 'hired' : 'left (last day)';
        const word = `${filters.position ? `${filters.position} ` : ''}${measure === 'hires' ? 'hire' : 'leaver'}`;
        if (people.length === 0) return `Nobody${where} ${verb} from ${span.from} to ${span.to}: no ${word}s.`;
        const dateOf = (p: Brief) => (measure === 'hires' ? p.hire_date : p.end_date!);
        const all = `${plural(people.length, word)}${where} from ${span.from} to ${span.to}: ${listed(people, (p) => `${p.name} (${p.employee_id}${withTeam(q, p)}) ${dateOf(p)}`)}.`;
        if (ordered === undefined) return all;
        // "Who joined first in 2024": the earliest (or latest) of them named first, then all of them.
        const day = people.map(dateOf).sort()[/^(?:first|earl)/.test(ordered) ? 0 : people.length - 1]!;
        // "Who was our most recent leaver": that one, of how many; the rest are not what was asked.
        return `${/^(?:first|earl)/.test(ordered) ? 'First' : 'Last'}: ${names(people.filter((p) => dateOf(p) === day))} (${day}), of ${plural(people.length, word)}${where} ${span.from <= '1900-01-01' ? 'so far' : `from ${span.from} to ${span.to}`}.`;
      },
    };
  }
  // "How long has the QA manager been here", "tenure of the seniors in QA": each of that group, longest first.
  const group = operation !== 'rank' && operation !== 'threshold' && (filters.position !== undefined || teams.length === 1);
  // "Average tenure in security": of the active people of the group, or of everyone seen.
  const mean = operation !== 'rank' && operation !== 'threshold' && q.reading.statistic === 'mean';
  if (operation !== 'rank' && operation !== 'threshold' && !group && !mean)
    return cannot(
      'tenure',
      `I can rank people by tenure (longest-serving, newest), give its average, list those with more than N years, or give one person's tenure${/\banniversar/.test(q.reading.said) ? ', not list work anniversaries by date' : q.reading.statistic !== null ? `, not a ${q.reading.statistic} of tenure` : ''}.`,
    );
  return {
    intent: 'tenure',
    measure,
    operation,
    calls: [{ name: 'employment_dates', input: { ...team, ...position, status: 'active' } }],
    phrase: ([r]) => {
      const people = (r as { people: Brief[] }).people;
      if (mean) {
        if (people.length === 0) return `Nobody${where} to average: none.`;
        const years = people.reduce((sum, p) => sum + (Date.parse(today) - Date.parse(p.hire_date)) / YEAR_MS, 0) / people.length;
        return `Average tenure${filters.position ? ` of the ${filters.position.toLowerCase()}s` : ''}${where}: ${Math.round(years * 10) / 10} years over ${plural(people.length, 'person', 'people')} employed today.`;
      }
      if (operation === 'threshold') {
        const t = threshold!;
        // N years of service: hired on or before this day N years ago.
        const mark = `${Number(today.slice(0, 4)) - t.value}${today.slice(4)}`;
        const pass = (hired: string) =>
          t.comparison === 'more'
            ? hired < mark
            : t.comparison === 'at_least'
              ? hired <= mark
              : t.comparison === 'less'
                ? hired > mark
                : t.comparison === 'at_most'
                  ? hired >= mark
                  : yearsBetween(hired, today) === t.value;
        const hit = people.filter((p) => pass(p.hire_date)).sort((a, b) => byDate(a.hire_date, b.hire_date));
        return hit.length === 0
          ? `Nobody${where} matches: none.`
          : `${plural(hit.length, 'employee')}${where}: ${listed(hit, (p) => `${p.name} (${p.employee_id}) since ${p.hire_date}`)}.`;
      }
      const sorted = firstOf(
        people,
        (a, b) => (order === 'bottom' ? byDate(b.hire_date, a.hire_date) : byDate(a.hire_date, b.hire_date)) || collated(a.name, b.name),
        // "Rank the seniors by tenure": every one, in order.
        group || (order === null && limit === null) ? people.length : (limit ?? 1),
      );
      return `${group ? `Tenure${filters.position ? ` of the ${filters.position.toLowerCase()}s` : ''}` : order === 'bottom' ? 'Newest' : 'Longest-serving'}${where}: ${sorted.map((p) => `${p.name} (${p.employee_id})${withJob(q, p)}, hired ${p.hire_date} (${plural(yearsBetween(p.hire_date, today), 'year')})`).join('; ')}.`;
    },
  };
}
