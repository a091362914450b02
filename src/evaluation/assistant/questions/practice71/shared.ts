/*
 * practice71 — shorthands the set's files share: yes-or-no answers (the word first, then the figures, people or times
 * behind it), lists that may be empty (then "nobody" must be said), the refusals API.md and the README describe for a
 * scope the caller does not have, and the figure kinds, so each question stays one line.
 */
import { answer, people, refusal, type Expected, type Figure } from '../../expectation';
import { TEAMS } from '../../dataset/people';

export { answer, ask, count, days, figures, hours, notFound, people, rate, refusal, score, years } from '../../expectation';

type Extra = { mentions?: string[]; dates?: string[]; people?: string[]; teams?: string[] };

/** "Yes." first, then what it rests on. */
export const yes = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['yes', ...(extra.mentions ?? [])] });
/** "No." first, then what it rests on. */
export const no = (figs: Figure[] = [], extra: Extra = {}): Expected =>
  answer({ ...extra, ...(figs.length > 0 && { figures: figs }), mentions: ['no', ...(extra.mentions ?? [])] });
export const yesNo = (truth: boolean, figs: Figure[] = [], extra: Extra = {}): Expected => (truth ? yes(figs, extra) : no(figs, extra));

/** "Anyone …?": yes and who, or no and nobody. */
export const anyone = (ids: string[]): Expected => (ids.length > 0 ? yes([], { people: ids }) : no([], { people: [] }));
/** "Who …?": exactly these people (an empty list must be said as nobody). */
export const list = (ids: string[]): Expected => people(ids);

/** A team outside the caller's scope, named back (API.md: never answered as a count of what they can see). */
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
