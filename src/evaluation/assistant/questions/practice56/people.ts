/*
 * practice56 — the README's "who" and the people measures: a person by name (misspelt, or a first name only), several
 * people's facts at once, a team by code, name or nickname, a job title (headcounts and lists), profile facts (position,
 * job title, start date, last day, tenure), headcounts (today's, on a past day for the whole company, with leavers, with
 * teams or levels left out), hires and leavers, and tenure lines — each asked plainly, casually, and with one more
 * constraint. Headcounts count active staff unless leavers are asked for; hires count whoever was hired in the period.
 */
import { answer, figures, people, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { withUsUnder } from '../../oracle/practice15-figures';
import { hiredBefore } from '../../oracle/people-figures';
import { headN, some, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { headcountOf, hiredIn, leftIn, roster } from '../../oracle/practice53-people';
import { longestServing, yearsHere } from '../../oracle/practice55-figures';
import { whichOf, theOne } from '../../oracle/practice52-figures';
import { dayOf, headcountOn } from '../../oracle/practice56-figures';
import { q } from '../helpers';

const hire = (id: string) => person(id).hire;
const lastDay = (id: string) => {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
};
const everyoneBut = (code: string) => headcountOf() - headcountOf({ team: code });

export const PEOPLE: readonly Question[] = [
  // A person by name, misspelt, with facts added.
  q('QE031', 'admin', 'Who is Ravi Patel?', () => people(['DEV-014'])),
  q('QE032', 'admin', 'whos ravi patell', () => people(['DEV-014'])),
  q('QE033', 'admin', "What is Ravi Patel's job title, and when did he start?", () =>
    answer({ people: ['DEV-014'], mentions: [person('DEV-014').title], dates: [hire('DEV-014')] }),
  ),

  // A first name only: one person in a manager's team; two people for the admin.
  q('QE034', 'DEV-001', 'What position does Omar hold?', () => answer({ mentions: [person(theOne('DEV-001', 'Omar')).position] })),
  q('QE035', 'DEV-001', "omar's grade?", () => answer({ mentions: [person(theOne('DEV-001', 'Omar')).position] })),
  q('QE036', 'DEV-001', 'What position does Omar hold, and when did he join?', () =>
    answer({ mentions: [person(theOne('DEV-001', 'Omar')).position], dates: [hire(theOne('DEV-001', 'Omar'))] }),
  ),
  q('QE037', 'admin', "what is chris's position?", () => whichOf('admin', 'Chris')),

  // Several people's facts at once.
  q('QE038', 'admin', 'What are the start dates of Mei Lin and Ahmed Ali?', () =>
    answer({ people: ['DAT-005', 'DAT-002'], dates: [hire('DAT-005'), hire('DAT-002')] }),
  ),
  q('QE039', 'QA-001', 'start dates grace kim & marcus lee?', () => answer({ people: ['QA-007', 'QA-002'], dates: [hire('QA-007'), hire('QA-002')] })),
  q('QE040', 'QA-001', 'Between Grace Kim and Marcus Lee, who joined first?', () =>
    answer({ people: ['QA-007', 'QA-002'], dates: [hire('QA-007'), hire('QA-002')] }),
  ),

  // A team by name or nickname.
  q('QE041', 'admin', 'How many people are in the data team?', () => figures(headN(headcountOf({ team: 'DAT' })))),
  q('QE042', 'admin', 'headcount for the devs?', () => figures(headN(headcountOf({ team: 'DEV' })))),
  q('QE043', 'admin', 'How many mid-level devs are there?', () => figures(headN(headcountOf({ team: 'DEV', position: 'Mid' })))),

  // A job title, for headcounts and lists.
  q('QE044', 'admin', 'How many data analysts do we have?', () => figures(headN(headcountOf({ title: 'Data Analyst' }), 'analyst'))),
  q('QE045', 'admin', 'hw many ML engineers r there', () => figures(headN(headcountOf({ title: 'ML Engineer' }), 'engineer'))),
  q('QE046', 'admin', 'Which junior ML engineers do we have?', () => people(some(roster({ title: 'ML Engineer', position: 'Junior' })))),
  q('QE047', 'admin', 'How many data analysts do we have, including leavers?', () =>
    figures(headN(headcountOf({ title: 'Data Analyst', status: 'any' }), 'analyst')),
  ),

  // A headcount on a past day: those employed that day, the whole company.
  q('QE048', 'admin', 'How many people did we employ on 1 October?', () => figures(headN(headcountOn(dayOf(10, 1))))),
  q('QE049', 'admin', 'hc on 1/9?', () => figures(headN(headcountOn(dayOf(9, 1))))),
  q('QE050', 'admin', 'How many people did we employ on 1 August compared with 15 October?', () =>
    figures(headN(headcountOn(dayOf(8, 1))), headN(headcountOn(dayOf(10, 15)))),
  ),

  // Profile facts: the last day, start date and job title.
  q('QE051', 'admin', 'When did Ethan Hughes leave?', () => answer({ dates: [lastDay('SEC-008')] })),
  q('QE052', 'admin', 'when did ethan hughs leave', () => answer({ dates: [lastDay('SEC-008')] })),
  q('QE053', 'admin', "Ethan Hughes' start date, last day and job title?", () =>
    answer({ dates: [hire('SEC-008'), lastDay('SEC-008')], mentions: [person('SEC-008').title] }),
  ),

  // Tenure.
  q('QE054', 'admin', 'How long has Grace Kim worked here?', () => figures(years(yearsHere('QA-007')))),
  q('QE055', 'QA-001', 'how long has grace been w/ us', () => figures(years(yearsHere(theOne('QA-001', 'Grace'))))),
  q('QE056', 'admin', 'Who has been in the Security team the longest?', () => people(longestServing({ team: 'SEC' }))),

  // Hires.
  q('QE057', 'admin', 'How many people were hired this year?', () => figures(headN(some(hiredIn(YEAR_SO_FAR)).length))),
  q('QE058', 'admin', 'new hires this yr?', () => people(some(hiredIn(YEAR_SO_FAR)))),
  q('QE059', 'DEV-001', 'Did anyone join my team this year?', () => people(some(hiredIn(YEAR_SO_FAR, 'DEV')))),

  // Leavers.
  q('QE060', 'admin', 'Who left this year?', () => people(some(leftIn(YEAR_SO_FAR)))),
  q('QE061', 'admin', 'leavers so far this yr?', () => people(some(leftIn(YEAR_SO_FAR)))),
  q('QE062', 'admin', 'Has anyone left the security team this year?', () => people(some(leftIn(YEAR_SO_FAR, 'SEC')))),

  // Teams or levels left out of a headcount.
  q('QE063', 'admin', 'What is the headcount for everyone except QA?', () => figures(headN(everyoneBut('QA')))),
  q('QE064', 'admin', 'hc excl SEC', () => figures(headN(everyoneBut('SEC')))),
  q('QE065', 'admin', 'headcount of DEV excluding the seniors?', () =>
    figures(headN(headcountOf({ team: 'DEV' }) - headcountOf({ team: 'DEV', position: 'Senior' }))),
  ),

  // Tenure lines and hire dates; one's own facts.
  q('QE066', 'admin', 'Which employees joined less than a year ago?', () => people(some(withUsUnder(1)))),
  q('QE067', 'admin', "who's been here under a yr?", () => people(some(withUsUnder(1)))),
  q('QE068', 'admin', 'Who in DAT has been with us less than a year?', () => people(some(withUsUnder(1, { team: 'DAT' })))),
  q('QE069', 'admin', 'Which employees were hired before 2020?', () => people(some(hiredBefore('2020-01-01')))),
  q('QE070', 'DAT-004', 'how long have i been here?', () => figures(years(yearsHere('DAT-004')))),
  q('QE071', 'DEV-003', 'When did I start here, and what is my job title?', () => answer({ dates: [hire('DEV-003')], mentions: [person('DEV-003').title] })),
];
