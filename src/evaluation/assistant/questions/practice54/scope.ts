/*
 * practice54 — the edge of each login's scope on leave and the calendar. API.md: a manager reads their own team's
 * leave and attendance, an employee their own; someone outside is "not found", exactly as if absent; another team,
 * the whole company, or team by team asked by a manager, and any team (their own too) asked by an employee, is named
 * back as outside what they can see. The calendar is everyone's: holidays and working days are answered for any team.
 * A first name resolves among the people the caller can see: there are two people called Chris (Chris Morgan in DEV,
 * Chris Walker in QA), so the admin is asked which, and each manager has one.
 */
import { answer, ask, figures, notFound, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { firstNameIn, onlyOne } from '../../oracle/practice31-figures';
import { otherTeams, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { holidayCalled, workingDaysFor } from '../../oracle/practice44-calendar';
import { requestsOf } from '../../oracle/practice44-figures';
import { month, missedCheckOutDates, NOVEMBER_SO_FAR, some, working } from '../../oracle/practice54-figures';
import { dataset } from '../../dataset/dataset';
import { q } from '../helpers';

/** Two or more people of that first name for the admin: the question is asked back. */
const askWhich = (first: string) => {
  const found = firstNameIn(first, 'admin');
  if (found.length < 2) throw new Error(`only ${found.length} people called ${first}`);
  return ask(...found);
};
/** An employee id the data set does not hold. */
const nobodyCalled = (id: string) => {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
};

export const SCOPE: readonly Question[] = [
  // A person outside the scope: not found.
  q('QC184', 'DEV-001', 'how much annual leave has Nina Kowalski got', () => notFound()),
  q('QC185', 'DEV-001', 'is anna berg on leave today?', () => notFound()),
  q('QC186', 'DEV-001', 'ethan hughes absences since aug', () => notFound()),
  q('QC187', 'QA-001', 'did Sofia Rossi take a half day yesterday?', () => notFound()),
  q('QC188', 'QA-001', "how many days is Felix Wagner's Christmas leave?", () => notFound()),
  q('QC189', 'DEV-003', 'how much annual leave does Yuki Tanaka have?', () => notFound()),
  q('QC190', 'QA-003', 'when is Zoe Adams off?', () => notFound()),
  q('QC191', 'DAT-004', 'mei lin sick days this year', () => notFound()),
  q('QC192', 'SEC-004', 'is Mohammed Saleh back from leave yet?', () => notFound()),
  q('QC193', 'admin', 'leave balance for QA-011', () => nobodyCalled('QA-011')),
  // A team, the company, team by team: named back as outside.
  q('QC194', 'DEV-001', 'who in QA is off next week?', () => outsideTeam('QA')),
  q('QC195', 'QA-001', 'annual leave balances for every team', () => otherTeams('QA')),
  q('QC196', 'DEV-001', 'how many people in the whole company are on leave today?', () => outsideCompany()),
  q('QC197', 'DAT-004', 'who in my team is on leave this week?', () => outsideTeam('DAT')),
  q('QC198', 'SEC-004', 'how many sick days has the security team taken?', () => outsideTeam('SEC')),
  // The calendar is everyone's.
  q('QC199', 'QA-003', 'how many working days does QA have in December?', () => figures(working(workingDaysFor(month(12), 'QA')))),
  q('QC200', 'DEV-003', 'when is the Security Team Day?', () => answer({ dates: [holidayCalled('Security Team Day').date] })),
  // Two people called Chris for the admin; one for each manager.
  q('QC201', 'admin', "chris's annual leave balance?", () => askWhich('Chris')),
  q('QC202', 'admin', 'has chris got any leave booked?', () => askWhich('Chris')),
  q('QC203', 'DEV-001', 'did chris miss a check-out this month?', () =>
    yesNo(true, [], { dates: some(missedCheckOutDates(onlyOne('Chris', 'DEV-001'), NOVEMBER_SO_FAR)) }),
  ),
  q('QC204', 'QA-001', "chris's pending leave - what date?", () =>
    answer({ dates: some(requestsOf(['pending'], { ids: [onlyOne('Chris', 'QA-001')] }).map((l) => l.from)) }),
  ),
];
