import { CANNOT_ANSWER } from './assistant-intents';
import type { ToolResultPart } from './llm-client.port';
import type { ParsedQuestion } from './question.parser';

/* The shapes the tools return, as far as the phrasing reads them. */
interface Employee { employee_id: string; name: string; team_id: string; position: string; job_title?: string | null; status: string; hire_date?: string; email?: string }
interface Totals { days: number; rated_days: number; expected: number; on_leave: number; present: number; late: number; half_day: number; absent: number; missing_check_out: number; average_rate: number | null }
interface Range { from: string; to: string; team_id: string | null; totals: Totals; teams: { team_id: string; totals: Totals }[]; alert_rate: number; teams_below_alert_rate: { team_id: string; average_rate: number }[] }
interface Stats { period: string; count: number; mean: number | null; min: number | null; max: number | null; teams: { team_id: string; count: number; mean: number; min: number; max: number }[] }

const percent = (rate: number | null): string => (rate === null ? 'no rate (no day with anyone expected)' : `${Number((rate * 100).toFixed(2))}%`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (people: { name: string | null; employee_id: string }[]) => people.map((p) => `${p.name ?? p.employee_id} (${p.employee_id})`).join(', ');

const ROLE_LIMIT =
  'Team-wide attendance and score summaries are for admins and managers. You can ask about your own records, e.g. "What is my attendance this month?" or "What are my scores?"';

function failure(result: ToolResultPart): string {
  const error = result.result as { error: string; kind?: string };
  if (error.kind === 'not_found') return `I couldn't find that: ${error.error}.`;
  if (error.kind === 'forbidden') return ROLE_LIMIT;
  return `I can't answer that: ${error.error}.`;
}

function employeeLine(e: Employee): string {
  return `${e.name} (${e.employee_id}) is a ${e.position}${e.job_title ? ` ${e.job_title}` : ''} in team ${e.team_id}, ${e.status}${e.hire_date ? `, hired ${e.hire_date}` : ''}${e.email ? `, email ${e.email}` : ''}.`;
}

function filterWords(filters: { team_id?: string; position?: string; status?: string }): string {
  return [filters.status, filters.position ? `${filters.position}` : null, 'employee(s)', filters.team_id ? `in ${filters.team_id}` : null].filter(Boolean).join(' ');
}

function attendance(parsed: ParsedQuestion, data: Range): string {
  const where = data.team_id ? `team ${data.team_id}` : 'the teams you can see';
  const when = parsed.range?.label && !/^\d/.test(parsed.range.label) ? `${parsed.range.label} (${data.from} to ${data.to})` : `from ${data.from} to ${data.to}`;
  const t = data.totals;
  if (t.average_rate === null) return `There is no attendance rate for ${where} ${when}: nobody was expected on any day that has ended (weekly off days, holidays, before tracking started, or nobody employed).`;
  if (parsed.intent === 'attendance_issues') {
    if (data.teams_below_alert_rate.length === 0) {
      return `No team had attendance issues ${when}: every team with days to rate averaged at least ${percent(data.alert_rate)}.`;
    }
    return `Teams below the ${percent(data.alert_rate)} attendance threshold ${when}: ${data.teams_below_alert_rate.map((team) => `${team.team_id} (${percent(team.average_rate)})`).join(', ')}.`;
  }
  const perTeam = data.teams.length > 1 ? ` By team: ${data.teams.map((team) => `${team.team_id} ${percent(team.totals.average_rate)}`).join(', ')}.` : '';
  const extras = [t.on_leave > 0 ? `${t.on_leave} days on leave` : null, t.missing_check_out > 0 ? `${plural(t.missing_check_out, 'missing check-out')}` : null].filter(Boolean);
  return `Attendance for ${where} ${when}: ${percent(t.average_rate)} of ${t.expected} expected days over ${plural(t.rated_days, 'rated day')}, with ${t.present} present, ${t.late} late, ${t.half_day} half-day and ${t.absent} absent${extras.length > 0 ? ` (${extras.join(', ')})` : ''}.${perTeam}`;
}

function scores(parsed: ParsedQuestion, data: { period: string | null; periods: Stats[] }): string {
  if (data.periods.length === 0) return `There are no scores ${data.period ? `for ${data.period} ` : ''}that you can see.`;
  const mean = (s: { mean: number | null; count: number; min: number | null; max: number | null }) => `${s.mean} (${plural(s.count, 'score')}, min ${s.min}, max ${s.max})`;
  if (parsed.intent === 'score_trend') {
    const first = data.periods[0]!;
    const last = data.periods.at(-1)!;
    const direction = data.periods.length < 2 ? '' : last.mean! > first.mean! ? ' The trend is up.' : last.mean! < first.mean! ? ' The trend is down.' : ' The trend is flat.';
    return `Average final score by quarter: ${data.periods.map((p) => `${p.period} ${p.mean}`).join(', ')}.${direction}`;
  }
  const latest = data.periods.at(-1)!;
  if (parsed.intent === 'score_comparison') {
    const teams = [...latest.teams].sort((a, b) => b.mean - a.mean || a.team_id.localeCompare(b.team_id));
    const missing = parsed.teams.filter((team) => !teams.some((t) => t.team_id === team));
    const lead = teams.length >= 2 ? ` ${teams[0]!.team_id} leads by ${Number((teams[0]!.mean - teams[1]!.mean).toFixed(2))}.` : '';
    return `In ${latest.period}: ${teams.map((t) => `${t.team_id} averaged ${mean(t)}`).join('; ')}.${lead}${missing.length > 0 ? ` No scores you can see for ${missing.join(', ')}.` : ''}`;
  }
  const byTeam = latest.teams.length > 1 ? ` By team: ${latest.teams.map((t) => `${t.team_id} ${t.mean}`).join(', ')}.` : '';
  return `The average final score for ${latest.period} is ${mean(latest)}.${byTeam}`;
}

/** The builtin provider's answer: every figure comes from the tool's result, none from the question. */
export function phraseAnswer(parsed: ParsedQuestion, result: ToolResultPart | undefined): string {
  if (parsed.limitation) return parsed.limitation;
  if (!result) return CANNOT_ANSWER;
  if (result.is_error) return failure(result);
  const data = result.result as Record<string, unknown>;
  switch (parsed.intent) {
    case 'employee_lookup': {
      const found = data.employees as Employee[];
      if (found.length === 0) return `I couldn't find anyone called "${String(parsed.call?.input.name)}".`;
      if (found.length === 1) return employeeLine(found[0]!);
      return `${plural(found.length, 'employee')} match: ${names(found)}. Ask about one of them by id.`;
    }
    case 'employee_count': {
      const filters = data.filters as Record<string, string>;
      return `There ${data.count === 1 ? 'is' : 'are'} ${data.count as number} ${filterWords(filters)} that you can see.`;
    }
    case 'employee_list': {
      const list = data.employees as Employee[];
      const filters = data.filters as Record<string, string>;
      const more = data.not_listed as number;
      return list.length === 0 ? `There are no ${filterWords(filters)} that you can see.` : `${plural(data.count as number, 'employee')}: ${names(list)}${more > 0 ? ` and ${more} more` : ''}.`;
    }
    case 'attendance_summary':
    case 'attendance_issues':
      return attendance(parsed, data as unknown as Range);
    case 'late_or_absent': {
      const people = data.people as { name: string | null; employee_id: string }[];
      const status = data.status as string;
      const word = status === 'half-day' ? 'on a half day' : status === 'not_checked_in' ? 'not checked in yet' : status === 'missing_check_out' ? 'without a check-out' : status === 'on_leave' ? 'on leave' : status;
      if (status === 'absent' && !(data.closed as boolean)) return `${data.date as string} has not ended yet, so nobody counts as absent; ask who has not checked in instead.`;
      if (status === 'absent' && people.length === 0 && !(data.tracked as boolean)) return `Attendance tracking had not started on ${data.date as string}, so nobody counts as absent.`;
      if (status === 'absent' && people.length === 0 && data.holiday) return `${data.date as string} was a holiday (${data.holiday as string}), so nobody was absent.`;
      if (status === 'absent' && people.length === 0 && !(data.working_day as boolean)) return `${data.date as string} was not a working day, so nobody was absent.`;
      return people.length === 0 ? `Nobody you can see was ${word} on ${data.date as string}.` : `${plural(people.length, 'person', 'people')} ${people.length === 1 ? 'was' : 'were'} ${word} on ${data.date as string}: ${names(people)}.`;
    }
    case 'score_summary':
    case 'score_comparison':
    case 'score_trend':
      return scores(parsed, data as unknown as { period: string | null; periods: Stats[] });
    case 'top_performers':
    case 'bottom_performers': {
      const items = data.items as { rank: number; employee_name: string; employee_id: string; final_score: number }[];
      if (items.length === 0) return `There are no scores${data.period ? ` for ${data.period as string}` : ''} that you can see.`;
      return `${data.order === 'top' ? 'Top' : 'Bottom'} ${items.length} in ${data.period as string}: ${items.map((i) => `${i.rank}. ${i.employee_name} (${i.employee_id}) ${i.final_score}`).join(', ')}.`;
    }
    case 'my_attendance':
    case 'employee_attendance': {
      const d = data as { employee_id: string; name: string; from: string; to: string; days_recorded: number; present: number; late: number; half_day: number; absent: number; expected_days: number; rate: number | null; missing_check_out: number; hours_worked: number };
      const whose = parsed.intent === 'my_attendance' ? 'Your' : `${d.name} (${d.employee_id})'s`;
      const when = parsed.range?.label && !/^\d/.test(parsed.range.label) ? `${parsed.range.label} (${d.from} to ${d.to})` : `from ${d.from} to ${d.to}`;
      const rate = d.rate === null ? '' : `, an attendance rate of ${percent(d.rate)} over the days that have ended (${d.expected_days} days expected in all)`;
      const missing = d.missing_check_out > 0 ? `, ${plural(d.missing_check_out, 'missing check-out')}` : '';
      return `${whose} attendance ${when}: ${plural(d.days_recorded, 'day')} recorded — ${d.present} present, ${d.late} late, ${d.half_day} half-day, ${d.absent} absent${rate}${missing} — and ${d.hours_worked} hours worked.`;
    }
    case 'my_scores':
    case 'employee_scores': {
      const d = data as { employee_id: string; name: string; items: { period: string; final_score: number }[] };
      const mine = parsed.intent === 'my_scores';
      if (d.items.length === 0) return `${mine ? 'You have' : `${d.name} (${d.employee_id}) has`} no performance scores recorded${parsed.period ? ` for ${parsed.period}` : ''}.`;
      return `${mine ? 'Your' : `${d.name} (${d.employee_id})'s`} final scores: ${d.items.map((i) => `${i.period} ${i.final_score}`).join(', ')}.`;
    }
    default:
      return CANNOT_ANSWER;
  }
}
