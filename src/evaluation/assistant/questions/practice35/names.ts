/*
 * practice35 — people named the way a newcomer names them: a first name two people share (Chris: asked back,
 * listing both), a surname alone (Walker, Petrova), a first name alone (Ivan), a misspelt surname, two people
 * whose names sound alike (Lukas Novak and Lucas Moreau, kept apart), former employees (their attendance and
 * absences before they left, whether they are still here), and names and ids that match nobody.
 */
import { answer, ask, count, days, figures, hours, notFound, rate, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { hireOf, lastDayOf } from '../../oracle/practice18-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { firstNameIn } from '../../oracle/practice31-figures';
import { absentBeforeLeaving, atLeastThree, SINCE_AUGUST } from '../../oracle/practice35-figures';
import { person } from '../../dataset/dataset';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

/** Everyone called Chris the admin can see: the two of them. */
const bothChrises = () => {
  const found = firstNameIn('Chris', 'admin');
  if (found.length !== 2) throw new Error('expected two people called Chris');
  return ask(...found);
};

export const NAMES: readonly Question[] = [
  q('PJ197', 'admin', 'what did Chris score in Q3?', () => bothChrises()),
  q('PJ198', 'admin', "How is Chris's attendance this month?", () => bothChrises()),
  q('PJ199', 'admin', 'how many hours did Walker put in last week?', () => figures(hours(nonZero(measureOf('QA-004', 'hours', ...LAST_WEEK))))),
  q('PJ200', 'admin', 'Who is Ivan?', () => answer({ people: ['QA-010'], mentions: [person('QA-010').title] })),
  q('PJ201', 'admin', "Petrova's attendance rate in October", () => figures(rate(rateIn({ ids: ['QA-001'] }, OCTOBER)))),
  q('PJ202', 'admin', "James Wilsen's start date", () => answer({ dates: [hireOf('SEC-001')] })),
  q('PJ203', 'admin', 'how many days was Lucas Moreau absent since August?', () =>
    figures(near(days(nonZero(measureOf('SEC-005', 'absent', ...SINCE_AUGUST))), 'absen|day|missed')),
  ),
  q('PJ204', 'admin', 'Lukas Novak late count for September', () => figures(near(count(atLeastThree(measureOf('DEV-004', 'late', ...SEPTEMBER))), 'late'))),
  q('PJ205', 'admin', 'who is John Smith?', () => notFound()),
  q('PJ206', 'admin', "Victor Dumont's attendance rate in August", () => figures(rate(rateIn({ ids: ['AI-009'] }, AUGUST)))),
  q('PJ207', 'admin', 'Is Ethan Hughes still employed here?', () => answer({ dates: [lastDayOf('SEC-008')] })),
  q('PJ208', 'admin', 'How many days was Laura Silva absent before she left?', () =>
    figures(near(days(nonZero(absentBeforeLeaving('DAT-009'))), 'absen|day|missed')),
  ),
  q('PJ209', 'DEV-001', "Chris's absences last month", () => figures(near(days(nonZero(measureOf('DEV-006', 'absent', ...OCTOBER))), 'absen|day|missed'))),
  q('PJ210', 'QA-001', 'how many days was Chris absent in October?', () =>
    figures(near(days(nonZero(measureOf('QA-004', 'absent', ...OCTOBER))), 'absen|day|missed')),
  ),
];
