import type { LeaveBalance } from '../../../core/leave/ledger';
import { addDays } from '../../../core/work-calendar/dates';
import { meets } from '../reading/operation';
import { COMPARED, listed, plural, when } from './format';
import { lookAhead, wholePeriod } from './leave-periods';
import { cannot, type Question, type Step } from './plan';
import { aheadByPerson, takenSoFar } from './leave-ahead';
import { amIOff, nextDayOff } from './am-i-off';
import { sideBySide } from './side-by-side';

interface Request {
  employee_id: string;
  team_id: string;
  code: string;
  from: string;
  to: string;
  days: number;
  status: string;
}

const who = (q: Question) =>
  q.people.length === 1 ? { employee_id: q.people[0]!.employee_id } : q.reading.teams.length === 1 ? { team_id: q.reading.teams[0] } : {};
const whose = (q: Question) =>
  q.people.length === 1
    ? `${q.people[0]!.name} (${q.people[0]!.employee_id})`
    : q.reading.teams.length === 1
      ? `Team ${q.reading.teams[0]}`
      : q.reading.me
        ? 'You'
        : 'The people you can see';

/** Balances (available, or taken when asked), one person's or a team's, for a year. */
export function balances(q: Question, measure: 'leave_balance' | 'leave_taken'): Step {
  // "Who has more annual leave left, Maria or Tom": each person's, side by side.
  if (q.people.length > 1 && q.people.length <= 5 && q.reading.teams.length === 0)
    return sideBySide(q.people.map((person) => balances({ ...q, people: [person] }, measure)));
  if (q.people.length > 1 || q.reading.teams.length > 1) return cannot(measure, 'I give leave balances for one person or one team at a time.');
  const year = q.reading.range ? Number(q.reading.range.from.slice(0, 4)) : Number(q.context.today.slice(0, 4));
  const code = q.reading.filters.leave_type;
  // What is still available is the people still here: a leaver's balance was settled when they left.
  const several = measure === 'leave_balance' && q.people.length === 0 && !q.reading.me && q.context.role !== 'employee' && q.reading.filters.status !== 'any';
  // This year's leave taken: the approved requests reaching past today tell what of it is still ahead.
  const today = q.context.today;
  const mine = q.reading.me && q.people.length === 0 && q.context.employee_id ? { employee_id: q.context.employee_id } : who(q);
  const ahead = measure === 'leave_taken' && String(year) === today.slice(0, 4) && today < `${year}-12-31`;
  return {
    intent: 'leave_balance',
    measure,
    calls: [
      { name: 'leave_balances', input: { ...who(q), year, ...(code && { code }) } },
      ...(several ? [{ name: 'list_employees', input: { ...who(q), status: 'inactive' } }] : []),
      ...(ahead
        ? [
            {
              name: 'leave_requests',
              input: { ...mine, status: 'approved', ...(code && { code }), from: addDays(today, 1), to: `${year}-12-31`, taken_by: today },
            },
          ]
        : []),
    ],
    // The second call is the leavers' list or the requests ahead, never both (a balance or leave taken).
    phrase: ([r, second]) => {
      const inactive = several ? second : undefined;
      const booked = ahead ? (second as { requests: Request[]; not_shown?: unknown }) : undefined;
      const left = inactive as { employees: { employee_id: string }[]; not_listed: number } | undefined;
      const leavers = new Set(left && left.not_listed === 0 ? left.employees.map((e) => e.employee_id) : []);
      const all = (r as { balances: LeaveBalance[] }).balances;
      const items = all.filter((b) => !leavers.has(b.employee_id));
      const gone = new Set(all.filter((b) => leavers.has(b.employee_id)).map((b) => b.employee_id)).size;
      const leftOut = gone > 0 ? ` (${plural(gone, 'leaver')} left out)` : '';
      if (items.length === 0) return `No leave balances for ${year} that you can see: none.`;
      const one = new Set(items.map((b) => b.employee_id)).size === 1;
      // Leave taken of no one kind is each person's in all; what is available is kept by kind. Taken this year, over
      // several people, is what has gone by: the days approved ahead are taken off each person's.
      const later = measure === 'leave_taken' && !one && booked !== undefined && booked.not_shown === undefined ? aheadByPerson(booked.requests, today) : null;
      const rows0 =
        measure === 'leave_taken' && !code
          ? [...items.reduce((all, b) => all.set(b.employee_id, (all.get(b.employee_id) ?? 0) + b.taken), new Map<string, number>())].map(
              ([employee_id, days]) => ({
                employee_id,
                kind: 'all',
                days,
              }),
            )
          : items.map((b) => ({ employee_id: b.employee_id, kind: b.code.toLowerCase(), days: measure === 'leave_taken' ? b.taken : b.available }));
      const rows = later === null ? rows0 : rows0.map((row) => ({ ...row, days: row.days - (later.get(row.employee_id) ?? 0) }));
      const what = measure === 'leave_taken' ? (later === null ? 'taken' : 'taken so far') : 'available';
      // "Who has the lowest leave balance": ranked by what is available of annual leave (of the kind asked), ties kept.
      if (q.reading.operation === 'rank' && !one) {
        const kind = measure === 'leave_balance' && !code ? rows.filter((row) => row.kind === 'annual') : rows;
        const ranked = [...kind].sort(
          (a, b) => (q.reading.order === 'bottom' ? a.days - b.days : b.days - a.days) || a.employee_id.localeCompare(b.employee_id),
        );
        const n = q.reading.limit ?? 1;
        const edge = ranked[n - 1]?.days;
        const top = ranked.filter((row, i) => i < n || (q.reading.tiesKept && row.days === edge));
        const said = `${q.reading.order === 'bottom' ? 'Fewest' : 'Most'} days ${what}${kind[0] && kind[0].kind !== 'all' ? ` of ${kind[0].kind} leave` : ''} in ${year}`;
        return `${said}: ${listed(top, (row) => `${row.employee_id} ${Math.round(row.days * 100) / 100} days`)}.`;
      }
      // "Who has more than 15 days of annual leave left": the balances that pass, by what is available (or taken).
      const t = q.reading.threshold;
      if (t !== null) {
        const hit = rows.filter((row) => meets(row.days, t.comparison, t.value));
        // "Did I take more than 2 days of sick leave": one's own days, then whether they pass the line.
        if (one && rows.length === 1) {
          const kind = rows[0]!.kind === 'all' ? 'leave' : `${rows[0]!.kind} leave`;
          const line = `${COMPARED[t.comparison]} ${plural(t.value, 'day')}`;
          return `${whose(q)}: ${plural(Math.round(rows[0]!.days * 100) / 100, 'day')} of ${kind} ${what} in ${year}; ${line}: ${hit.length > 0 ? 'yes' : 'none'}.`;
        }
        if (hit.length === 0) return `Nobody you can see has ${COMPARED[t.comparison]} ${plural(t.value, 'day')} ${what} in ${year}: none.`;
        return `${plural(new Set(hit.map((row) => row.employee_id)).size, 'person', 'people')} with ${COMPARED[t.comparison]} ${plural(t.value, 'day')} ${what} in ${year}: ${listed(hit, (row) => `${row.employee_id} ${row.kind === 'all' ? '' : `${row.kind} `}${Math.round(row.days * 100) / 100} days ${what}`)}.`;
      }
      if (measure === 'leave_taken') {
        const taken = items.reduce((n, b) => n + b.taken, 0);
        const kind = code === 'SICK' ? ' off sick (sick leave)' : ` of ${code ? `${code.toLowerCase()} ` : ''}leave`;
        const split = booked !== undefined && booked.not_shown === undefined ? takenSoFar(taken, booked.requests, today) : null;
        // Not every request ahead read: the balance's "taken", days still ahead included, said so.
        // So far this year: what has been taken, said as such.
        const many = /^(?:You|The people)\b/.test(whose(q));
        const verb = split !== null ? (many ? 'have taken' : 'has taken') : ahead && code !== 'SICK' ? 'took or has booked' : 'took';
        const days = split?.soFar ?? Math.round(taken * 100) / 100;
        return `${whose(q)} ${verb} ${plural(days, 'day')}${kind} in ${year}${split?.note ?? ''}${one && !code && !split?.note ? ` (${items.map((b) => `${b.code.toLowerCase()} ${b.taken} days`).join(', ')})` : ''}.`;
      }
      // Of one kind, the days add up ("the annual leave still available in the data team"); across kinds they do not.
      const sum = code
        ? ` ${plural(Math.round(items.reduce((n, b) => n + b.available, 0) * 100) / 100, 'day')} of ${code.toLowerCase()} leave available in all:`
        : '';
      if (!one)
        return `${whose(q)}, ${year}${leftOut}:${sum} ${listed(items, (b) => `${b.employee_id} ${b.code.toLowerCase()} ${b.available} days available`)}.`;
      return `${whose(q)} in ${year}: ${items.map((b) => `${b.code === 'ANNUAL' ? 'annual (holiday)' : b.code.toLowerCase()} leave ${b.available} days available (${b.allocated} allocated, ${b.adjusted} adjusted, ${b.taken} taken, ${b.pending} pending)`).join('; ')}.`;
    },
  };
}

const STARTING = /\b(?:starting|beginning|that (?:start|begin)s?|which (?:start|begin)s?|starts|begins)\b/;

/** Leave requests by status, person or team and dates. */
export function requests(q: Question, decided?: 'approved'): Step {
  if (q.people.length > 1 || q.reading.teams.length > 1) return cannot('leave_requests', 'I list leave requests for one person or one team at a time.');
  const mine = q.reading.me && q.people.length === 0 && q.context.employee_id ? { employee_id: q.context.employee_id } : {};
  // "Is my (or Omar's) request approved?" is answered with each request's status, whatever it is; "do I have any
  // pending" asks for those.
  const whichever = q.reading.yesNo && ('employee_id' in mine || q.people.length === 1) && !/\bany\b|\b(?:do|have) i (?:have|got)\b/.test(q.reading.said);
  const status = decided ?? (whichever ? undefined : q.reading.filters.request_status);
  const code = q.reading.filters.leave_type;
  // A request counts for a period when its dates overlap it (GET /leave-requests?from=&to=), booked ahead included.
  // "Which requests were rejected this year": the past tense is the decision's; the leave itself may be ahead.
  const asked = decided === undefined && (!q.reading.past || q.reading.filters.request_status !== undefined);
  // "Pending right now": the requests in that state now, whatever their dates.
  const stateNow =
    status !== undefined && /\b(?:right now|now|currently|at the moment|at present)\b/.test(q.reading.said) && q.reading.range?.from === q.context.today;
  const range = stateNow ? null : asked ? wholePeriod(lookAhead(q.reading.range, q.context.today, false)) : q.reading.range;
  if ('employee_id' in mine && /\bnext days? off\b/.test(q.reading.said)) return nextDayOff(q);
  // "Am I off on the 29th": one's own day, its holidays and requests still waiting included.
  if (decided === 'approved' && 'employee_id' in mine && q.reading.yesNo && range !== null && range.from === range.to && !code) return amIOff(q, range);
  // Nobody books being sick: sick leave ahead is a forecast.
  if (code === 'SICK' && range !== null && range.from > q.context.today)
    return cannot('leave_requests', `${range.label} is in the future: I can't predict or forecast who will be off sick; sick leave is known once it is taken.`);
  return {
    intent: 'leave_requests',
    measure: 'leave_requests',
    operation: q.reading.operation,
    period: range,
    ...(range && { filters: { dates: 'overlapping' } }),
    calls: [
      {
        name: 'leave_requests',
        input: {
          ...who(q),
          ...mine,
          ...(status && { status }),
          ...(code && { code }),
          ...(range && { from: range.from, to: range.to }),
          // Leave taken: what of each request under way today is gone by.
          ...(decided === 'approved' && (range === null || range.to >= q.context.today) && { taken_by: q.context.today }),
        },
      },
    ],
    phrase: ([r]) => {
      // The tool reads the newest few and counts the rest (not_shown).
      const { requests: read, not_shown } = r as { requests: Request[]; not_shown?: { requests: number } };
      // "Starting after today": the requests that begin in the period, when every one overlapping it was read.
      const starting = range !== null && STARTING.test(q.reading.said) && not_shown === undefined;
      const items = starting ? read.filter((i) => i.from >= range.from) : read;
      const total = items.length + (not_shown?.requests ?? 0);
      const what = `${status ?? ''} ${code ? code.toLowerCase() : ''} leave requests`.replace(/\s+/g, ' ').trim();
      if (total === 0) {
        // Ahead of today only what is booked is known: "who will be off sick tomorrow" is not predicted.
        const ahead = range !== null && range.from > q.context.today ? ' (only leave booked ahead is known; sickness and other absence are not)' : '';
        // Leave taken in a period is a number of days, none of them as much as the rest.
        // "Is Omar off on Friday": said of him by name.
        const whom = q.people.length === 1 ? `${q.people[0]!.name} (${q.people[0]!.employee_id}): ` : '';
        if (decided === 'approved' && range !== null)
          return `${whom}0 days of ${what.replace(/ requests$/, '')} ${when(range)}: none that you can see${ahead}.`;
        return `${whom}There are no ${what}${q.reading.teams[0] ? ` in ${q.reading.teams[0]}` : ''}${range ? ` ${when(range)}` : ''} that you can see: none${ahead}.`;
      }
      // Every request read: their days added up (the requests' own days, as each lists them); leave taken, to today first.
      const all = items.reduce((days, i) => days + i.days, 0);
      const reachesAhead = items.some((i) => i.to > q.context.today);
      const split = decided === 'approved' && not_shown === undefined && reachesAhead ? takenSoFar(all, items, q.context.today) : null;
      const sum =
        not_shown === undefined && items.length > 0
          ? split !== null && split.note !== ''
            ? ` (${plural(split.soFar, 'day')} taken${split.note})`
            : ` (${plural(all, 'day')}${decided === 'approved' ? ' off' : ''} in all)`
          : '';
      return `${plural(total, what.replace(/requests$/, 'request'), what)}${q.reading.teams[0] ? ` in ${q.reading.teams[0]}` : ''}${sum}: ${listed(items, (i) => `${i.employee_id} ${i.code.toLowerCase()} ${i.from}${i.to !== i.from ? ` to ${i.to}` : ''} (${plural(i.days, 'day')}, ${i.status})`, '; ', total)}.`;
    },
  };
}

/** Attendance corrections, pending unless another state is asked. */
export function corrections(q: Question): Step {
  const state = q.reading.filters.request_status ?? 'pending';
  const scope = q.people.length === 1 ? { employee_id: q.people[0]!.employee_id } : q.reading.teams.length === 1 ? { team_id: q.reading.teams[0] } : {};
  return {
    intent: 'corrections',
    measure: 'corrections',
    calls: [{ name: 'attendance_corrections', input: { state, ...scope } }],
    phrase: ([r]) => {
      const items = (r as { corrections: { employee_id: string; date: string }[] }).corrections;
      if (items.length === 0) return `There are no ${state} corrections that you can see: none.`;
      return `${plural(items.length, `${state} correction`)}: ${listed(items, (c) => `${c.employee_id} for ${c.date}`)}.`;
    },
  };
}
