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
  String.raw`\b(?:among |of |for )?(?:the )?(?:people|those|employees|staff|ones|folks|persons|new (?:hires|joiners|starters)|hires|joiners|starters)(?: who| that)?(?: were| was| have been| got)? (?:hired|joined|started|taken on)? ?(?:(in|during|since|from) )?${WHEN}\b`,
);

/** A cohort by hire date and the text without its words, when the question also asks something of them ("who", a measure). */
export function hiredCohort(said: string, today: string): { hired: HiredCohort | null; rest: string } {
  const text = said.toLowerCase();
  const found = COHORT.exec(text);
  if (found === null || !/\b(?:hired|joined|started|taken on|hires|joiners|starters)\b/.test(found[0])) return { hired: null, rest: said };
  // "How many people were hired in 2025" asks about hires themselves: only a cohort with something asked of it is one.
  const rest = `${said.slice(0, found.index)} ${said.slice(found.index + found[0].length)}`;
  if (!/\b(?:late|absent|absences?|scor\w*|attendance|hours|leave|off|sick|rate|average|avg|mean|median|missed|check\w*)\b/i.test(rest))
    return { hired: null, rest: said };
  const when = found[2]!;
  const range = /^20\d\d$/.test(when) ? { from: `${when}-01-01`, to: `${when}-12-31` } : parseDateRange(when, today);
  if (range === null) return { hired: null, rest: said };
  return { hired: { from: range.from, to: found[1] === 'since' ? today : range.to, said: found[0].trim() }, rest };
}
