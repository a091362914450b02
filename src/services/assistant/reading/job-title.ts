import type { Marks } from './marks';

/**
 * A job title named as a group of people ("ML engineers", "security
 * analysts"): up to two words before a title's noun, none of them a level or
 * filler. Read before teams, so "security analysts" is a title, not the
 * Security team and a word left over. "Developers" and "testers" stay the
 * teams people call by their work.
 */
const TITLE = new RegExp(
  String.raw`\b((?:(?!(?:how|many|much|the|of|are|is|who|which|what|all|our|my|any|in|and|or|mid|level|intermediate|junior|senior|lead|manager|active|inactive|former|current|list|count|number|show|me|do|we|have|there|were|was|a|an|with|for)\b)[a-z]+ ){0,2}(?:engineer|analyst|scientist|designer|researcher|specialist|architect|administrator|consultant|officer|coordinator|recruiter|accountant)s?)\b`,
);

/** The title as a case-insensitive fragment of job titles (singular), or null. */
export function readJobTitle(marks: Marks): string | null {
  const found = marks.takeFirst(TITLE);
  return found ? found[1]!.replace(/s$/, '') : null;
}
