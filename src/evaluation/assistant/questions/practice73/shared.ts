/*
 * practice73 — shorthands the set's files share: yes-or-no answers, a count with the word it must stand next to, the
 * refusals API.md describes for a scope the caller does not have, and the figure kinds, so each question stays one line.
 */
import { answer, count, figures, refusal, type Expected, type Figure } from '../../expectation';
import { TEAMS } from '../../dataset/people';

export { answer, ask, count, days, figures, hours, notFound, people, rate, refusal, score, years } from '../../expectation';

type Extra = { mentions?: string[]; dates?: string[]; people?: string[]; teams?: string[] };

/** "Yes." first, then the figures it rests on. */
export const yes = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['yes', ...(extra.mentions ?? [])] });
/** "No." first, then the figures it rests on. */
export const no = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['no', ...(extra.mentions ?? [])] });
export const yesNo = (truth: boolean, figs: Figure[] = [], extra: Extra = {}): Expected => (truth ? yes(figs, extra) : no(figs, extra));
/** "Anyone …?": yes naming them, or no naming nobody. */
export const anyone = (ids: string[]): Expected => (ids.length > 0 ? yes([], { people: ids }) : no([], { people: [] }));

/** A count that must stand next to one of these words (a regular expression), for questions whose own words mislead. */
export const countBy = (value: number, label: string): Figure => ({ ...count(value), label });
export const headcount = (value: number): Expected =>
  figures(countBy(value, 'employee|people|person|staff|member|head|ppl|analyst|engineer|dev|junior|senior|mid|lead'));

/** A team outside the caller's scope, named back (API.md: never answered as 0). */
export const outsideTeam = (code: string): Expected => {
  const name = TEAMS[code];
  if (!name) throw new Error(`no team ${code}`);
  return refusal(code, name, 'outside', 'your team', 'not in your scope');
};
/** The whole organisation asked by a manager or an employee. */
export const outsideCompany = (): Expected => refusal('company', 'whole', 'everyone', 'organisation', 'organization', 'all teams', 'outside');
/** Team by team asked by a manager: the other teams are outside what they can see. */
export const otherTeams = (mine: string): Expected =>
  refusal(
    ...Object.keys(TEAMS)
      .filter((t) => t !== mine)
      .flatMap((t) => [t, TEAMS[t]!]),
    'outside',
    'other teams',
    'by team',
    'per team',
  );
/** Other people's figures asked by an employee (a ranking, others' scores). */
export const othersHidden = (...words: string[]): Expected => refusal(...words, 'outside', 'others', 'other people', 'only your own');
