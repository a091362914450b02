/*
 * practice65 — shorthands the set's files share: a period as the question writes it, checked against the ISO dates
 * written beside it, and the expectations built on the oracle (oracle/practice65-*.ts), so each question stays one line.
 */
import { answer, figures, people, type Expected, type Figure } from '../../expectation';
import type { Day } from '../../dataset/dates';
import { yesNo } from '../../oracle/practice20-figures';
import { agree } from '../../oracle/practice58-figures';
import { offIn } from '../../oracle/practice65-calendar';
import {
  absentD,
  filled,
  figureOf,
  hoursF,
  lateC,
  missingC,
  notOnceOrTwice,
  one,
  rateF,
  team,
  theMost,
  whoHad,
  type Group,
  type Kind,
} from '../../oracle/practice65-figures';
import { dayP, over, written, type Period, type Range } from '../../oracle/practice65-periods';

export { EVERYONE, one, team, type Group } from '../../oracle/practice65-figures';

export const DEV = team('DEV');
export const QA = team('QA');
export const DAT = team('DAT');
export const SEC = team('SEC');
export const AI = team('AI');

/** A day as the question writes it, checked to be the ISO date beside it. */
export const the = (found: Day, iso: Day): Period => dayP(written(found, iso));
/** A range as the question writes it, checked to be the ISO dates beside it. */
export function span(range: Range, from: Day, to: Day): Period {
  written(range[0], from);
  written(range[1], to);
  return over(range);
}

/* ---- Expectations. ---- */

export const rateIs = (g: Group, per: Period) => figures(rateF(figureOf(g, 'rate', per)));
export const lateIs = (g: Group, per: Period) => figures(lateC(figureOf(g, 'late', per)));
export const absentIs = (g: Group, per: Period) => figures(absentD(figureOf(g, 'absent', per)));
export const hoursIs = (g: Group, per: Period) => figures(hoursF(figureOf(g, 'hours', per)));
export const missingIs = (g: Group, per: Period) => figures(missingC(figureOf(g, 'missing', per)));
/** A person's count of late days, written in digits or a number word (never "once" or "twice"). */
export const myLate = (id: string, per: Period) => figures(lateC(notOnceOrTwice(figureOf(one(id), 'late', per))));

/** The people with any of a measure (or passing a test) over a period; a manager's "my team" read with and without them. */
export const who = (g: Group, kind: Kind, per: Period, asker?: string, passes?: (v: number) => boolean) => people(filled(whoHad(g, kind, per, passes, asker)));
export const mostOf = (g: Group, kind: Parameters<typeof theMost>[1], per: Period, asker?: string) => people(theMost(g, kind, per, asker));
/** Who is on leave over a period (approved; no pending request may fall in it unless the question says approved). */
export const onLeave = (g: Group, per: Period, saysApproved = false, asker?: string) => people(filled(offIn(g, per, { saysApproved, asker })));

/** Days a person came in: present records, asked only where they are every day attended (no late or half days). */
export const cameIn = (id: string, per: Period): number => agree([figureOf(one(id), 'present', per), figureOf(one(id), 'attended', per)]);

/** Yes or no with what it rests on. */
export const yes = (figs: Figure[] = [], extra: { mentions?: string[]; dates?: string[]; people?: string[] } = {}): Expected => yesNo(true, figs, extra);
export const no = (figs: Figure[] = [], extra: { mentions?: string[]; dates?: string[]; people?: string[] } = {}): Expected => yesNo(false, figs, extra);
export const dates = (list: Day[]): Expected => answer({ dates: filled(list) });
export { answer, figures, people };
