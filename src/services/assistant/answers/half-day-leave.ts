import { isPlan, type Question, type Step } from './plan';
import { requests } from './leave-answers';

const LEAVE = new Set(['leave_taken', 'leave_requests', 'on_leave']);

interface Read {
  requests: { half_day: string | null }[];
  not_shown?: { requests: number };
}

/**
 * "Who took half-day leave in October", "any half-day requests pending": the leave requests of one half day only,
 * never every request read as if it were one. Asked of requests, those in any state; otherwise the approved.
 */
export function halfDayLeave(q: Question): Step | null {
  const { measures } = q.reading;
  if (!measures.includes('half_day') || !measures.some((m) => LEAVE.has(m))) return null;
  const reading = { ...q.reading, measures: measures.filter((m) => m !== 'half_day') };
  const all = requests({ ...q, reading }, measures.includes('leave_requests') ? undefined : 'approved');
  if (!isPlan(all)) return all;
  return {
    ...all,
    filters: { ...all.filters, half_day: 'am or pm' },
    phrase: ([r]) => {
      const read = r as Read;
      if (read.not_shown !== undefined)
        return `I can't pick the half-day requests out of that many leave requests (${read.requests.length + read.not_shown.requests}): ask for one team, one person or a shorter period.`;
      const halves = { ...read, requests: read.requests.filter((i) => i.half_day !== null) };
      return all.phrase([halves]).replace(/\bleave\b/, 'half-day leave');
    },
  };
}
