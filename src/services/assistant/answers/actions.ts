import type { Action } from '../reading/action';
import { cannot, type Step } from './plan';

/** The route that makes each change (API.md), for the refusal to point to. */
function routeFor(action: Action): string {
  const { verb, object } = action;
  switch (object) {
    case 'leave_request':
      if (/^(?:approve|grant)$/.test(verb)) return 'POST /leave-requests/{id}/approve';
      if (/^(?:reject|decline|deny)$/.test(verb)) return 'POST /leave-requests/{id}/reject';
      if (/^(?:cancel|withdraw|delete|remove)$/.test(verb)) return 'POST /leave-requests/{id}/cancel';
      return 'POST /leave-requests';
    case 'correction':
      if (/^(?:approve|grant)$/.test(verb)) return 'POST /attendance-corrections/{id}/approve';
      if (/^(?:reject|decline|deny)$/.test(verb)) return 'POST /attendance-corrections/{id}/reject';
      return 'POST /attendance-corrections';
    case 'holiday':
      return /^(?:delete|remove|cancel)$/.test(verb)
        ? 'DELETE /holidays/{holiday_id}'
        : /^(?:add|create|set)$/.test(verb)
          ? 'POST /holidays'
          : 'PUT /holidays/{holiday_id}';
    case 'balance':
      return 'POST /leave-adjustments';
    case 'attendance':
      if (/\b(?:check|clock)[- ]in$/.test(verb)) return 'POST /attendance/check-in';
      if (/\b(?:check|clock)[- ]out$/.test(verb)) return 'POST /attendance/check-out';
      return /^(?:delete|remove)$/.test(verb) ? 'DELETE /attendance/{employee_id}/{date}' : 'POST /attendance or POST /attendance-corrections';
    case 'score':
      return /^(?:delete|remove)$/.test(verb) ? 'DELETE /performance-scores/{employee_id}/{period}' : 'POST /performance-scores';
    case 'team':
      return /^(?:delete|remove)$/.test(verb) ? 'DELETE /teams/{team_id}' : /^(?:add|create)$/.test(verb) ? 'POST /teams' : 'PUT /teams/{team_id}';
    case 'employee':
      if (/^(?:hire|onboard|add|create)$/.test(verb)) return 'POST /employees';
      if (/^(?:delete|remove)$/.test(verb)) return 'DELETE /employees/{id}';
      if (/^(?:fire|terminate|dismiss|deactivate)$/.test(verb)) return 'PUT /employees/{id} with status inactive';
      return 'PUT /employees/{id}';
    case null:
      return 'the matching route of the API';
  }
}

/** Decisions said as nouns, put as what would be done. */
const DECIDED: Record<string, string> = {
  bonus: 'give a bonus',
  raise: 'give a raise',
  take: 'take it',
  book: 'book it',
  use: 'use it',
  'do about': 'do something about it',
  'do with': 'do something about it',
  'lay off': 'lay anyone off',
  'make redundant': 'make anyone redundant',
};

/** Orders to communicate, not to change data: no route makes them. */
const COMMUNICATE = /^(?:send|message|notify|schedule|invite|email|remind)$/;
/** "Check me out", "clock him in": a record made by its own route, for whoever is named. */
const CLOCKING = /^(check|clock|sign) (?:\S+ )?(in|out)$/;

/** A change asked of a reader: refused by its verb, with where the change is made. */
export function refuseAction(action: Action): Step {
  if (action.verb === 'advise')
    return cannot(
      'action',
      `I don't advise on what should be done (whether to ${DECIDED[action.decision ?? ''] ?? action.decision ?? 'act'}): I can give the figures (attendance, scores, leave, tenure), and the decision is yours.`,
    );
  if (action.verb === 'judge')
    return cannot(
      'action',
      `I don't judge people (whether someone is ${action.decision ?? 'good or bad'}): I can give their figures (attendance, scores, leave, tenure), and the judgement is yours.`,
    );
  if (action.verb === 'run SQL')
    return cannot(
      'action',
      `I don't run SQL (${action.decision ?? 'a statement'}) or any other database command: ask in plain words, such as who was absent yesterday.`,
    );
  if (action.verb === 'explain') {
    const how = action.decision ?? 'do that';
    return cannot('action', `I answer questions about the data, not how to use the service: to ${how}, use ${routeFor({ verb: how, object: action.object })}.`);
  }
  const clocking = CLOCKING.exec(action.verb);
  if (clocking) {
    const verb = `${clocking[1]} ${clocking[2]}`;
    return cannot('action', `I can't ${verb} for you: I only read the data, I never change it. To ${verb}, use POST /attendance/check-${clocking[2]}.`);
  }
  if (/^(?:export|download)$/.test(action.verb))
    return cannot(
      'action',
      `I can't ${action.verb} files: I answer in words. The month's attendance and hours per person are exported at GET /exports/attendance?month=YYYY-MM (CSV or JSON); scores are listed at GET /performance-scores.`,
    );
  if (COMMUNICATE.test(action.verb))
    return cannot(
      'action',
      `I can't ${action.verb} anyone or anything: I only answer questions about the data; I don't send messages, set reminders or schedule anything.`,
    );
  return cannot('action', `I can't ${action.verb} anything: I only read the data, I never change it. To ${action.verb}, use ${routeFor(action)}.`);
}
