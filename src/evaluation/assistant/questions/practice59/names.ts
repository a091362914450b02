/*
 * practice59 — names typed wrong or shared. README: a person by id or by name, "misspelt, or a first name only";
 * "several matches → it asks which, naming only people you can see"; a misspelt team name is that team; misspelt
 * words ("senoirs") are read as meant. Each misspelling here is checked to be nearer the one person, team or level
 * meant than anything else (oracle/practice59-figures.ts). "Chris" is two people for the admin (it asks which) and one
 * for each manager (their own Chris); "Lukas" and "Lucas" are two different people, each named exactly; a misspelt
 * name of someone outside the caller's scope is "not found"; an employee who misspells their own name is still
 * asking about themselves.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { outsideTeam } from '../../oracle/practice43-figures';
import { onlyOne } from '../../oracle/practice31-figures';
import {
  fig,
  headN,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  leaveN,
  level,
  me,
  month,
  personSum,
  plain,
  rateOf,
  SINCE_TRACKING,
  some,
  sumOf,
  team,
  THIS_MONTH,
  who,
} from '../../oracle/practice53-figures';
import { available, headcountOf, levelMean, meanOf, roster, scoreOfOne } from '../../oracle/practice53-people';
import { which } from '../../oracle/practice55-figures';
import { hidden, misspelt, misspeltLevel, misspeltTeam, nobodyCalled } from '../../oracle/practice59-figures';
import { q } from '../helpers';

export const NAMES: readonly Question[] = [
  // People, misspelt, asked by the admin.
  q('QH045', 'admin', 'how many times was Lukas Novack late in September', () =>
    figures(fig('late', plain(personSum(misspelt('Lukas Novack', 'DEV-004'), 'late', month(9))))),
  ),
  q('QH046', 'admin', "fatma zahra's q3 score", () => figures(score(scoreOfOne(misspelt('fatma zahra', 'QA-003'), LAST_Q)))),
  q('QH047', 'admin', 'olivai martin attendance rate since august', () => figures(rate(rateOf(me(misspelt('olivai martin', 'SEC-002')), SINCE_TRACKING)))),
  q('QH048', 'admin', 'hours for Jakub Wozniack last week?', () => figures(hours(personSum(misspelt('Jakub Wozniack', 'SEC-007'), 'hours', LAST_WEEK)))),
  q('QH049', 'admin', 'Mohamed Saleh annual leave balance', () => figures(leaveN(available(misspelt('Mohamed Saleh', 'SEC-003'))))),
  q('QH050', 'admin', 'when did sara jonson join', () => answer({ dates: [person(misspelt('sara jonson', 'DAT-001')).hire] })),
  q('QH051', 'admin', "whats Samule Wright's job title", () => answer({ mentions: [person(misspelt('Samule Wright', 'DAT-008')).title] })),

  // People, misspelt, asked by their manager.
  q('QH052', 'DEV-001', 'hanah schmidt hours last week', () => figures(hours(personSum(misspelt('hanah schmidt', 'DEV-007'), 'hours', LAST_WEEK)))),
  q('QH053', 'DEV-001', 'Danial Okafor late count for october', () =>
    figures(fig('late', plain(personSum(misspelt('Danial Okafor', 'DEV-008'), 'late', month(10))))),
  ),
  q('QH054', 'QA-001', 'leo martin late arrivals in october', () =>
    figures(fig('late', plain(personSum(misspelt('leo martin', 'QA-008'), 'late', month(10))))),
  ),
  q('QH055', 'QA-001', 'zoe adamms absent days last month', () => figures(fig('absent', personSum(misspelt('zoe adamms', 'QA-009'), 'absent', LAST_MONTH)))),

  // Teams, misspelt.
  q('QH056', 'admin', 'Secuirty team attendance rate last week', () => figures(rate(rateOf(team(misspeltTeam('Secuirty', 'SEC')), LAST_WEEK)))),
  q('QH057', 'admin', 'how many ppl in Quality Assurence', () => figures(headN(headcountOf({ team: misspeltTeam('Quality Assurence', 'QA') })))),
  q('QH058', 'admin', 'Developement late arrivals last week', () => figures(fig('late', sumOf(team(misspeltTeam('Developement', 'DEV')), 'late', LAST_WEEK)))),
  q('QH059', 'admin', 'avg q3 score for Artifical Intelligence', () => figures(score(meanOf(LAST_Q, team(misspeltTeam('Artifical Intelligence', 'AI')))))),
  q('QH060', 'QA-001', 'qualty assurance absences this month', () =>
    figures(fig('absent', sumOf(team(misspeltTeam('qualty assurance', 'QA')), 'absent', THIS_MONTH))),
  ),
  q('QH061', 'DEV-001', 'headcount in Securty?', () => outsideTeam(misspeltTeam('Securty', 'SEC'))),
  q('QH062', 'DAT-004', "the Dataa team's attendance last week", () => outsideTeam(misspeltTeam('Dataa', 'DAT'))),

  // Levels, misspelt.
  q('QH063', 'admin', 'how many senoirs in dev', () => figures(headN(headcountOf({ team: 'DEV', position: misspeltLevel('senoirs', 'Senior') })))),
  q('QH064', 'admin', 'list the junoirs in AI', () => people(some(roster({ team: 'AI', position: misspeltLevel('junoirs', 'Junior') })))),
  q('QH065', 'DEV-001', 'which of my juniours were absent in october', () =>
    people(some(who(level(misspeltLevel('juniours', 'Junior'), 'DEV'), 'absent', month(10)))),
  ),
  q('QH066', 'QA-001', "my senor testers' q3 average", () => figures(score(levelMean(LAST_Q, misspeltLevel('senor', 'Senior'), 'QA')))),

  // A first name two people share, and two names one letter apart.
  q('QH067', 'admin', 'how many days was chris absent last month', () => which('admin', 'Chris')),
  q('QH068', 'DEV-001', 'chris absences in october', () => figures(fig('absent', personSum(onlyOne('Chris', 'DEV-001'), 'absent', month(10))))),
  q('QH069', 'QA-001', 'how many times has chris been late since august', () =>
    figures(fig('late', plain(personSum(onlyOne('Chris', 'QA-001'), 'late', SINCE_TRACKING)))),
  ),
  q('QH070', 'admin', 'Chris Walker hours last week', () => figures(hours(personSum('QA-004', 'hours', LAST_WEEK)))),
  q('QH071', 'DEV-003', "chris's hours last week", () => nobodyCalled('Chris', 'DEV-003')),
  q('QH072', 'admin', 'how many times was lukas late in september', () => figures(fig('late', plain(personSum(onlyOne('Lukas', 'admin'), 'late', month(9)))))),
  q('QH073', 'admin', "lucas's absences in oct", () => figures(fig('absent', personSum(onlyOne('Lucas', 'admin'), 'absent', month(10))))),
  q('QH074', 'QA-003', "ivan's start date", () => nobodyCalled('Ivan', 'QA-003')),

  // Misspelt, and outside the caller's scope; or misspelt, and the caller themselves.
  q('QH075', 'DEV-001', 'markus lee late days last month', () => hidden('DEV-001', misspelt('markus lee', 'QA-002'))),
  q('QH076', 'DAT-004', "mei lynn's hours last week", () => hidden('DAT-004', misspelt('mei lynn', 'DAT-005'))),
  q('QH077', 'SEC-004', 'emma clark attendance this month', () => figures(rate(rateOf(me(misspelt('emma clark', 'SEC-004')), THIS_MONTH)))),
  q('QH078', 'DAT-004', "kevin obrian's q3 score", () => figures(score(scoreOfOne(misspelt('kevin obrian', 'DAT-004'), LAST_Q)))),
  q('QH079', 'QA-003', 'fatima zara hours last week', () => figures(hours(personSum(misspelt('fatima zara', 'QA-003'), 'hours', LAST_WEEK)))),
  q('QH080', 'DEV-003', 'aisha kahn leave balance', () => figures(leaveN(available(misspelt('aisha kahn', 'DEV-003'))))),
];
