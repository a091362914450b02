/* Eighth practice set, people, leave and the calendar: hires and leavers per period and team, tenure bands, leave and holidays. */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { headcount, hiredBetween, ids, leftBetween, longestServing, newest, tenureWhere } from '../../oracle/people-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { TODAY } from '../../dataset/calendar';
import { NEXT_WEEK, OCTOBER, q, THIS_YEAR } from '../helpers';
import { AUG_TO_OCT, DECEMBER, NOV_3_14, Q3, SINCE_OCT, XMAS_WEEK } from './periods';

const requestN = (n: number) => ({ ...count(n), label: 'request' });
const holidayN = (n: number) => ({ ...count(n), label: 'holiday' });

export const PEOPLE_AND_LEAVE: Question[] = [
  q('V103', 'admin', 'who joined in 2025?', () => people(hiredBetween(...THIS_YEAR))),
  q('V104', 'admin', 'how many people were hired in Q3 2025', () => figures(count(hiredBetween(...Q3).length))),
  q('V105', 'admin', 'new hires in DEV in 2025', () => people(hiredBetween(THIS_YEAR[0], THIS_YEAR[1], 'DEV'))),
  q('V106', 'admin', 'who joined QA between august and october?', () => people(hiredBetween(AUG_TO_OCT[0], AUG_TO_OCT[1], 'QA'))),
  q('V107', 'admin', 'hires since the start of october', () => people(hiredBetween(...SINCE_OCT))),
  q('V108', 'admin', 'who left the company in 2025?', () => people(leftBetween(...THIS_YEAR))),
  q('V109', 'admin', 'how many leavers were there in Q3 2025', () => figures(count(leftBetween(...Q3).length))),
  q('V110', 'admin', 'leavers from the data team in 2025', () => people(leftBetween(THIS_YEAR[0], THIS_YEAR[1], 'DAT'))),
  q('V111', 'admin', 'who left in october?', () => people(leftBetween(...OCTOBER))),
  q('V112', 'admin', 'how many people joined the AI team in 2025', () => figures(count(hiredBetween(THIS_YEAR[0], THIS_YEAR[1], 'AI').length))),
  q('V113', 'admin', 'who has been here more than 5 years?', () => people(servedMoreThan(5))),
  q('V114', 'admin', 'who in DEV has been with us more than 5 years', () => people(servedMoreThan(5, { team: 'DEV' }))),
  q('V115', 'admin', 'employees with less than 1 year of service', () => people(tenureWhere((y) => y < 1))),
  q('V116', 'admin', 'who in QA has been here less than 1 year?', () => people(tenureWhere((y) => y < 1, { team: 'QA' }))),
  q('V117', 'admin', 'who has been with the company more than 8 years', () => people(servedMoreThan(8))),
  q('V118', 'admin', 'longest-serving person in QA', () => people(longestServing(1, { team: 'QA' }))),
  q('V119', 'admin', 'the 3 longest-serving employees', () => people(longestServing(3))),
  q('V120', 'admin', 'the 3 most recent hires', () => people(newest(3))),
  q('V121', 'admin', 'newest member of the security team', () => people(newest(1, { team: 'SEC' }))),
  q('V122', 'admin', 'headcount of DEV', () => figures(count(headcount({ team: 'DEV' })))),
  q('V123', 'admin', 'how many employees are in the data team?', () => figures(count(headcount({ team: 'DAT' })))),
  q('V124', 'admin', 'how many seniors are there in QA', () => figures(count(headcount({ team: 'QA', position: 'Senior' })))),
  q('V125', 'admin', 'list the juniors in AI', () => people(ids({ team: 'AI', position: 'Junior' }))),
  q('V126', 'admin', 'list the seniors in DEV', () => people(ids({ team: 'DEV', position: 'Senior' }))),
  q('V127', 'admin', 'how many employees do we have in total?', () => figures(count(headcount()))),
  q('V128', 'admin', 'give me the headcount per team', () => figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => count(headcount({ team }))))),
  q('V129', 'admin', 'how many managers are there?', () => figures(count(headcount({ position: 'Manager' })))),
  q('V130', 'admin', 'who is off next week?', () => people(offBetween({}, ...NEXT_WEEK))),
  q('V131', 'admin', 'who is on leave from 3 to 14 november', () => people(offBetween({}, ...NOV_3_14))),
  q('V132', 'admin', 'who is off during the christmas week (22 to 26 december)?', () => people(offBetween({}, ...XMAS_WEEK))),
  q('V133', 'admin', 'who in DEV is on leave in december', () => people(offBetween({ team: 'DEV' }, ...DECEMBER))),
  q('V134', 'admin', 'who took sick leave in Q3 2025?', () => people(onLeaveOfType('SICK', ...Q3))),
  q('V135', 'admin', 'who was on annual leave in october', () => people(onLeaveOfType('ANNUAL', ...OCTOBER))),
  q('V136', 'admin', 'who took unpaid leave between august and october', () => people(onLeaveOfType('UNPAID', ...AUG_TO_OCT))),
  q('V137', 'admin', 'who was on sick leave since the start of october?', () => people(onLeaveOfType('SICK', ...SINCE_OCT))),
  q('V138', 'admin', 'how many pending leave requests are there?', () => figures(requestN(requests('pending').length))),
  q('V139', 'admin', 'pending leave requests in DEV', () => figures(requestN(requests('pending', { team: 'DEV' }).length))),
  q('V140', 'admin', 'how many approved leave requests overlap december', () => figures(requestN(requestsOverlapping('approved', ...DECEMBER).length))),
  q('V141', 'admin', 'how many pending requests overlap december?', () => figures(requestN(requestsOverlapping('pending', ...DECEMBER).length))),
  q('V142', 'admin', 'how many rejected leave requests are there', () => figures(requestN(requests('rejected').length))),
  q('V143', 'admin', 'how many leave requests were cancelled?', () => figures(requestN(requests('cancelled').length))),
  q('V144', 'admin', 'how many approved requests does QA have', () => figures(requestN(requests('approved', { team: 'QA' }).length))),
  q('V145', 'admin', "what is Aisha Khan's annual leave balance?", () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('V146', 'admin', 'sick leave balance of Mei Lin', () => figures(days(balance('DAT-005', 'SICK').available))),
  q('V147', 'admin', 'how many days of leave did Mohammed Saleh take in november', () => figures(days(leaveDays('SEC-003', '2025-11-01', TODAY)))),
  q('V148', 'admin', 'how many days of annual leave did Julia Fischer take in september?', () =>
    figures(days(leaveDays('DAT-003', '2025-09-01', '2025-09-30', 'ANNUAL'))),
  ),
  q('V149', 'DEV-001', 'who in my team is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('V150', 'DEV-001', 'how many pending leave requests for my team?', () => figures(requestN(requests('pending', { team: 'DEV' }).length))),
  q('V151', 'QA-001', 'who on my team took sick leave this year', () => people(onLeaveOfType('SICK', ...THIS_YEAR, { team: 'QA' }))),
  q('V152', 'QA-001', 'who joined my team in 2025?', () => people(hiredBetween(THIS_YEAR[0], THIS_YEAR[1], 'QA'))),
  q('V153', 'admin', 'how many public holidays are there in october?', () => figures(holidayN(holidaysBetween(...OCTOBER).length))),
  q('V154', 'admin', 'when is Founders Day?', () => answer({ dates: datesOf(holidaysBetween('2025-10-13', '2025-10-13')) })),
  q('V155', 'admin', 'when is Boxing Day', () => answer({ dates: ['2025-12-26'] })),
  q('V156', 'QA-003', 'when is the next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'QA').date] })),
  q('V157', 'SEC-004', "what's the next holiday?", () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('V158', 'DEV-003', 'how many holidays are there in december', () => figures(holidayN(holidaysBetween(DECEMBER[0], DECEMBER[1], 'DEV').length))),
  q('V159', 'SEC-004', 'how many holidays in december?', () => figures(holidayN(holidaysBetween(DECEMBER[0], DECEMBER[1], 'SEC').length))),
  q('V160', 'DAT-004', 'list the holidays in Q4 2025', () => answer({ dates: datesOf(holidaysBetween('2025-10-01', '2025-12-31', 'DAT')) })),
  q('V161', 'DEV-001', 'holidays between august and october', () => answer({ dates: datesOf(holidaysBetween(AUG_TO_OCT[0], AUG_TO_OCT[1], 'DEV')) })),
  q('V162', 'admin', 'hw many ppl joined in 2025', () => figures(count(hiredBetween(...THIS_YEAR).length))),
  q('V163', 'admin', 'whos off nxt week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('V164', 'admin', 'summarise hires and leavers in 2025', () => figures(count(hiredBetween(...THIS_YEAR).length), count(leftBetween(...THIS_YEAR).length))),
  q('V165', 'admin', 'table of leavers in 2025', () => answer({ people: leftBetween(...THIS_YEAR) })),
];
