import type { Filters } from './operation';
import type { Measure } from './measure';

/** "Hires and leavers in 2024", "how many joined and how many left" ask both. */
const HIRES_AND_LEAVERS =
  /\band how many (?:people )?(?:have )?(?:left|quit|resigned|departed)\b|\b(?:hires|joiners|starters) (?:and|&|vs\.?|versus) leavers\b|\bleavers (?:and|&|vs\.?|versus) (?:hires|joiners|starters)\b/;
const GONE =
  /\b(?:(?:have|has|'ve)(?: since| already)? (?:left|gone|quit|resigned|departed)|since (?:left|gone|quit|resigned|departed)|(?:are|is) (?:no longer|not still|gone)(?: (?:here|with us|employed|around|on staff|at the company))?|no longer (?:here|with us|employed|around|on staff|at the company))\b/;
const STAYED = /\b(?:still (?:here|employed|with us|on staff|on the books|at the company|around|working here|with the company)|(?:have|has) stayed)\b/;

/**
 * Whether leavers are what is asked about. "Including leavers" is a status and "how many (days) are left" beside leave
 * the balance: neither asks about leavers. The hires of a period asked whether they are still here or have gone
 * ("which 2023 joiners have since left") are those hires with that status, not the period's leavers, a headcount or
 * everyone's profiles beside them.
 */
export function leaversAsked(text: string, measures: Measure[], filters: Filters): Measure[] {
  const both = HIRES_AND_LEAVERS.test(text);
  if (both && filters.status === 'any') delete filters.status;
  const leftOfLeave = measures.includes('leave_balance') && !/\b(?:leavers?|quit|resigned|departed|left the company)\b/.test(text);
  const asked = filters.status === 'any' || leftOfLeave ? measures.filter((m) => m !== 'leavers') : measures;
  if (!asked.includes('hires') || both) return asked;
  if (GONE.test(text)) filters.status = 'inactive';
  else if (STAYED.test(text)) filters.status = 'active';
  else return asked;
  return ['hires'];
}
