import { parseDateRange } from '../time-expression.parser';

/** People picked by when they were hired ("the people hired this year who …"): a filter, not a question about hires. */
export interface HiredCohort {
  from: string;
  to: string;
  /** The words that picked them, as the question says them. */
  said: string;
}

const WHEN = String.raw`(this year|last year|this month|last month|20\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: 20\d\d)?)`;
/** "People hired in 2025 who", "among the people hired this year", "new joiners since January who": with more asked of them. */
const COHORT = new RegExp(
  String.raw`\b(?:among |of |for )?(?:the )?(?:people|those|everyone|everybody|employees|staff|ones|folks|persons|new (?:hires|joiners|starters)|hires|joiners|starters)(?: who| that)?(?: were| was| have been| got)? (?:hired|joined|started|taken on)? ?(?:(in|during|since|from|before|after) )?${WHEN}\b`,
);
/** "This year's hires", "last yr's joiners", "the 2024 hires": the same, said the other way round. */
const POSSESSIVE = /\b(?:of )?(?:(this|last) (?:year|yr)'?s|(?:the |our )?(20\d\d)) (?:new )?(?:hires|joiners|starters)\b/;

/** A cohort by hire date and the text without its words, when the question also asks something of them ("who", a measure). */
export function hiredCohort(said: string, today: string): { hired: HiredCohort | null; rest: string } {
  const text = said.toLowerCase();
  const owned = POSSESSIVE.exec(text);
  const match = owned ?? COHORT.exec(text);
  if (match === null || !/\b(?:hired|joined|started|taken on|hires|joiners|starters)\b/.test(match[0])) return { hired: null, rest: said };
  const found = { text: match[0], index: match.index, prep: owned ? undefined : match[1], when: owned ? (owned[2] ?? `${owned[1]} year`) : match[2]! };
  // "How many people were hired in 2025" asks about hires themselves: only a cohort with something asked of it is one.
  const rest = `${said.slice(0, found.index)} ${said.slice(found.index + found.text.length)}`;
  if (!/\b(?:late|absent|absences?|scor\w*|attendance|hours|leave|off|sick|rate|average|avg|mean|median|missed|check\w*)\b/i.test(rest))
    return { hired: null, rest: said };
  const when = found.when;
  const range = /^20\d\d$/.test(when) ? { from: `${when}-01-01`, to: `${when}-12-31` } : parseDateRange(when, today);
  if (range === null) return { hired: null, rest: said };
  // "Hired before 2025": everyone until the day before it; "after 2024": from the day after it to today.
  const dayBefore = new Date(Date.parse(`${range.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const dayAfter = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const [from, to] =
    found.prep === 'before' ? ['1900-01-01', dayBefore] : found.prep === 'after' ? [dayAfter, today] : [range.from, found.prep === 'since' ? today : range.to];
  return { hired: { from, to, said: found.text.trim() }, rest };
}
