import { closest } from './edit-distance';

/*
 * A request to change data ("approve all the pending leave requests", "book me off on 22 december"): the assistant
 * only reads, so such a question is refused by its verb, never answered with a read of the same words
 * ("approve … pending" is not a list of approved requests).
 */

/** What the question asks to be done, and to what. */
export interface Action {
  verb: string;
  /** The kind of record it would change, when the question names one. */
  object: 'leave_request' | 'holiday' | 'employee' | 'attendance' | 'correction' | 'score' | 'balance' | 'team' | null;
  /** For advice asked ("should we fire X"), the decision it is about; for "how do I …", what is to be done. */
  decision?: string;
}

/** An imperative opening the question, after any politeness; "change in score", "hire date" and "update me on" are not orders. */
const IMPERATIVE =
  /^(?:(?:please|pls|plz|kindly|(?:can|could|would|will) (?:you|u|ya)|go ahead and|i want you to|i need you to)\s+)*(give(?=\s+(?!me\b|us\b)\S+(?:\s+\S+)?\s+(?:an? )?(?:extra|more|additional|another|bonus)\b)|approve|reject|decline|deny|cancel|withdraw|delete|remove|correct(?=\s+(?:my|his|her|their|the|this|that|it|(?:[a-z]+ ){0,2}[a-z]+'s)\b)|fix|add|create|update|change|set|edit|modify|fire|terminate|dismiss|hire|onboard|book|submit|file|adjust|grant|assign|move|transfer|rename|deactivate|reactivate|promote|demote|increase|decrease|reduce|raise|top up|(?:check|clock|sign) (?:me |us |him |her |them |\S+ )?(?:in|out)\b(?! (?:time|times|rate|data|records?)| (?:and|&) (?:check|clock)[- ]?(?:in|out) (?:time|times)\b)|send|message|notify|schedule|invite|export|download|email(?=\s+(?:me|us|him|her|them|it|this|that|the|an?|everyone|all|my|our|his|their|your|last|\S+['’]s)\b)|remind(?=\s+(?:(?:my|our|the|all) )?(?:direct )?(?:me|us|him|her|them|everyone|\S+)\s+(?:tomorrow|to|on|at|in|next|every|about)\b)|mark(?=\s+(?:\S+\s+){0,3}(?:as\s+)?(?:present|absent|late|half[- ]day|on leave|checked)\b))\b(?!\s+(?:in|of|up|between|from|to|over|about|dates?|rate)\b)(?<!update(?=\s+(?:me|us|on)\b))/;

const OBJECTS: [Action['object'], RegExp][] = [
  ['correction', /\bcorrections?\b/],
  ['holiday', /\b(?:public |bank |team )?holidays?\b(?! (?:leave|days?|allowance|balance))/],
  ['balance', /\b(?:balances?|allowances?|entitlements?|adjustments?|(?:extra|additional|more|another) (?:\d+ )?(?:days?|leave))\b/],
  ['leave_request', /\b(?:leave|requests?|time off|vacation|pto|off)\b/],
  ['attendance', /\b(?:attendance|check[- ]?ins?|check[- ]?outs?|records?)\b|^mark\b/],
  ['score', /\b(?:scores?|ratings?|kpis?)\b/],
  ['team', /\b(?:teams?|departments?)\b/],
  ['employee', /\b(?:employees?|people|staff|someone|somebody|[a-z]+-\d{3,}|him|her|them|hires?|title|position|email)\b/],
];
const ABOUT_EMPLOYEE = /^(?:fire|terminate|dismiss|hire|onboard|promote|demote)$/;

/** Advice on a decision about someone ("should we fire X"): the figures are the service's, the decision is not. */
const ADVICE =
  /^(?:should|shall|do you think|would you recommend|is it (?:a good idea|wise) to|what(?:'s| is) the best way to|how (?:should|do|can|could) (?:i|we) (?:best )?|(?:who|whom|which \w+) (?:should|shall) (?:we|i)|what (?:should|shall|can|could) (?:i|we))\b.*?\b(lay off|make redundant|do about|do with|let (?:\w+ ){1,3}go|(?:get|make) (?:\w+ ){1,4}to (?:show up|come in|arrive|be on time|stop|start|attend|perform|improve)|put (?:\w+ ){1,3}on (?:an? )?(?:performance (?:improvement )?plan|improvement plan|pip|probation|notice|a warning)|fire|promote|demote|hire|let go|sack|discipline|warn|reward|raise|bonus|take|book|use|motivate|handle|deal with|manage|coach|retain|keep|improve|increase|reduce|boost|fix|lower|cut|prevent|stop|avoid|encourage|tackle)\b/;

/** A database statement typed into the chat: never run, whatever it asks. */
const SQL =
  /^\s*(?:select\s+(?:\*|[\w.,\s]+?)\s+from\b|drop\s+(?:table|database|schema)\b|delete\s+from\b|insert\s+into\b|update\s+\w+\s+set\b|truncate\b|alter\s+table\b)/;

/** "How do I request leave": how to use the service, answered by where the change is made, not by a read of the same words. */
const HOW_TO =
  /^(?:how (?:do|can|could|should|would|does|may) (?:i|we|you|one|someone|an? \w+|employees?|people|managers?|staff)|how to|where (?:do|can|could) (?:i|we)|what(?:'s| is) the (?:process|procedure|way) (?:to|for))\s+(?:go about\s+)?(request|submit|book|apply for|apply|ask for|raise|put in for|put in|cancel|withdraw|check in|check-in|check out|check-out|clock in|clock out|correct|fix|change|reset|update|add|approve|reject|log|record|export|download|import|upload|take|create|delete|remove|edit)\b/;

/** An order after a question ("pending requests for my team, and approve the ones for December"): refused all the same. */
const LATER_ORDER =
  /(?:,|;|\bthen|\band)\s+(?:(?:please|pls|also|then|just|go ahead and)\s+)*(approve|reject|decline|deny|cancel|delete|remove|book|submit|send|email|notify|remind|mark|grant)\b(?!\s+(?:in|of|up|between|from|to|over|about|dates?|rate)\b)/;

/** A judgement of a person asked for ("is Chris a bad employee", "is she lazy"): the figures are the service's, the verdict is not. */
const JUDGEMENT =
  /^(?:is|are|was|were)\s+(?:\S+\s+){1,3}(?:an?\s+)?(good|bad|poor|great|lazy|reliable|unreliable|hard[- ]?working|weak|strong|terrible|excellent|problem|toxic|difficult|trustworthy|competent|incompetent|underperforming|slacking|(?:better|worse)(?= (?:employee|worker|person|colleague|hire|member of staff|team member)s?\b))/;

/** Verbs of an order or of advice asked, so a misspelt one ("aprove", "who should we prmoote") is still read as one. */
const VERBS = [
  'approve',
  'reject',
  'decline',
  'cancel',
  'delete',
  'remove',
  'update',
  'promote',
  'demote',
  'increase',
  'decrease',
  'recommend',
  'terminate',
  'dismiss',
  'submit',
  'transfer',
  'withdraw',
  'adjust',
  'modify',
];
/** Where a verb stands: opening the question, or after a word that asks for one ("please", "should we", "and"). */
const VERB_PLACE =
  /(^|\b(?:please|pls|plz|kindly|can you|could you|would you|can u|should i|should we|shall i|shall we|who should (?:i|we)|and|then|also)\s+)([a-z]{5,})\b/g;

function verbsAsMeant(text: string): string {
  // A word with an ending ("deleted", "changes") is not a verb misspelt.
  return text.replace(VERB_PLACE, (said: string, before: string, word: string) =>
    VERBS.includes(word) || /(?:ed|ing|s|er|ion)$/.test(word) ? said : `${before}${closest(word, VERBS) ?? word}`,
  );
}

export function readAction(typed: string): Action | null {
  const text = verbsAsMeant(typed);
  const statement = SQL.exec(text)?.[0];
  if (statement !== undefined) return { verb: 'run SQL', object: null, decision: statement.trim().split(/\s+/).slice(0, 2).join(' ').toUpperCase() };
  const judged = JUDGEMENT.exec(text)?.[1];
  if (judged !== undefined) return { verb: 'judge', object: 'employee', decision: judged };
  const how = HOW_TO.exec(text);
  if (how) return { verb: 'explain', object: OBJECTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null, decision: how[1]! };
  const advice = ADVICE.exec(text);
  if (advice) return { verb: 'advise', object: 'employee', decision: advice[1]! };
  const verb = IMPERATIVE.exec(text)?.[1] ?? LATER_ORDER.exec(text)?.[1];
  if (verb === undefined) return null;
  const object = OBJECTS.find(([, pattern]) => pattern.test(text))?.[0] ?? (ABOUT_EMPLOYEE.test(verb) ? 'employee' : null);
  return { verb, object };
}
