/*
 * practice62 — people named the way managers name them: first names only, misspelt names, surnames. API.md: a misspelt
 * name is matched when unambiguous; README: a first name matching several people in the caller's scope gets a question
 * back naming only people the caller can see. "Chris" is two people (Chris Morgan in DEV, Chris Walker in QA): the admin
 * is asked which; each manager sees only their own Chris, so for them the name is one person. Each misspelling is checked
 * to be nearer the person meant than anyone else.
 */
import { answer, figures, hours, rate, type Question } from '../../expectation';
import { misspelt } from '../../oracle/practice59-figures';
import { LAST_MONTH, LAST_WEEK, month, personal, personalRate, recordAt, SINCE_TRACKING, some, THIS_MONTH } from '../../oracle/practice62-figures';
import { daysWhen } from '../../oracle/practice62-lists';
import { absentD, theOne, whichOne, yesNo } from '../../oracle/practice62-team';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

export const NAMES: readonly Question[] = [
  // The admin: "Chris" is two people.
  q('QK200', 'admin', "chris's lates this month", () => whichOne('admin', 'Chris')),
  q('QK201', 'admin', 'how many hours did chris do last week?', () => whichOne('admin', 'chris')),

  // Priya Raman: her Chris is Chris Morgan.
  q('QK202', 'DEV-001', "chris's attendance this month", () => figures(rate(personalRate(theOne('DEV-001', 'Chris'), THIS_MONTH)))),
  q('QK203', 'DEV-001', 'how many days has chris been absent since august', () =>
    figures(absentD(personal(theOne('DEV-001', 'Chris'), 'absent', SINCE_TRACKING))),
  ),
  q('QK204', 'DEV-001', 'was hanah late at all this month', () => {
    const id = misspelt('hanah', 'DEV-007');
    const d = daysWhen(id, 'late', THIS_MONTH);
    return yesNo(d.length > 0, { dates: d });
  }),
  q('QK205', 'DEV-001', "daneil's late days in october", () => answer({ dates: some(daysWhen(misspelt('daneil', 'DEV-008'), 'late', month(10))) })),

  // Elena Petrova: her Chris is Chris Walker.
  q('QK206', 'QA-001', 'chris attendance % last month', () => figures(rate(personalRate(theOne('QA-001', 'Chris'), LAST_MONTH)))),
  q('QK207', 'QA-001', 'is chris in yet', () => {
    const id = theOne('QA-001', 'Chris');
    if (!recordAt(id, TODAY)) throw new Error('not in');
    return yesNo(true, { people: [id] });
  }),
  q('QK208', 'QA-001', 'marcus late days this month', () => answer({ dates: some(daysWhen('QA-002', 'late', THIS_MONTH)) })),
  q('QK209', 'QA-001', "fatma's hours last week", () => figures(hours(personal(misspelt('fatma', 'QA-003'), 'hours', LAST_WEEK)))),
  q('QK210', 'QA-001', 'has grace been late at all this month', () => yesNo(true, { dates: some(daysWhen('QA-007', 'late', THIS_MONTH)) })),
  q('QK211', 'QA-001', 'kowalski absences last month', () => figures(absentD(personal('QA-005', 'absent', LAST_MONTH)))),
];
