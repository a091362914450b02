/*
 * practice68 — month-end questions across the edge of the caller's scope. API.md and the README: someone outside the
 * scope is "not found", exactly as if absent; a team outside it is named back as outside what the caller can see (for
 * an employee every team, their own too); so is the whole company asked by a manager or an employee, and a manager
 * asking team by team. A first name two people share is asked back, listing only the people the caller can see (so a
 * manager who sees one of them gets that one's figures). Each "not found" is checked to be outside the scope or nobody.
 */
import { ask, notFound, refusal, scopeOf, type Caller, type Expected, type Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import { TEAMS } from '../../dataset/people';
import { sumOf } from '../../oracle/practice68-figures';
import { q } from '../helpers';
import { absentD, figs, hoursF, LAST_MONTH, OCT, one } from './shared';

const COMPANY = ['company', 'organisation', 'organization', 'everyone', 'all teams', 'every team', 'whole', 'outside'];
const teamWords = (code: string): string[] => [`${code} `, `${code}.`, `${code},`, `${code}'`, TEAMS[code]!, 'outside', 'not in your scope'];

/** Someone the caller may not see: "not found". */
function hidden(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}
/** A name or id nobody in the data set has. */
function nobody(nameOrId: string): Expected {
  const w = nameOrId.toLowerCase();
  if (
    dataset().people.some(
      (p) =>
        p.id.toLowerCase() === w ||
        p.name
          .toLowerCase()
          .split(' ')
          .some((part) => w.split(' ').includes(part)),
    )
  )
    throw new Error(`${nameOrId} is near someone`);
  return notFound();
}
/** A team the caller may not see. */
function outsideTeam(who: Caller, code: string): Expected {
  const scope = scopeOf(who);
  if (scope === null) throw new Error('the admin sees every team');
  const members = dataset().people.filter((p) => p.team === code);
  if (scope.size > 1 && members.every((p) => scope.has(p.id))) throw new Error(`${code} is ${who}'s own team`);
  return refusal(...teamWords(code));
}
/** The whole company, asked by a manager or an employee. */
const outsideCompany = (who: Caller): Expected => {
  if (who === 'admin') throw new Error('the admin sees the company');
  return refusal(...COMPANY);
};
/** Team by team, asked by a manager. */
const otherTeams = (mine: string): Expected =>
  refusal(
    ...Object.keys(TEAMS)
      .filter((t) => t !== mine)
      .flatMap(teamWords),
    'other teams',
    'each team',
    'per team',
    'by team',
  );
/** Everyone of a first name the caller can see (two or more). */
function firstName(who: Caller, first: string): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0] === first && (scope === null || scope.has(p.id)))
    .map((p) => p.id);
  if (found.length < 2) throw new Error(`one ${first} only for ${who}`);
  return ask(...found);
}
/** The one person of a first name the caller can see. */
function onlyOne(who: Caller, first: string): string {
  const scope = scopeOf(who);
  const found = dataset().people.filter((p) => p.name.split(' ')[0] === first && (scope === null || scope.has(p.id)));
  if (found.length !== 1) throw new Error(`${found.length} people called ${first} for ${who}`);
  return found[0]!.id;
}

export const SCOPE: readonly Question[] = [
  // Managers.
  q('QQ194', 'DEV-001', "QA's hours last week", () => outsideTeam('DEV-001', 'QA')),
  q('QQ195', 'DEV-001', 'hours for Marcus Lee in October', () => hidden('DEV-001', 'QA-002')),
  q('QQ196', 'DEV-001', 'company headcount at the end of October', () => outsideCompany('DEV-001')),
  q('QQ197', 'DEV-001', 'hours per team in October', () => otherTeams('DEV')),
  q('QQ198', 'DEV-001', 'pending leave requests across all teams', () => outsideCompany('DEV-001')),
  q('QQ199', 'DEV-001', "chris's absences in october", () => figs(absentD(sumOf(one(onlyOne('DEV-001', 'Chris')), 'absent', OCT)))),
  q('QQ200', 'QA-001', 'who forgot to check out in DEV this month?', () => outsideTeam('QA-001', 'DEV')),
  q('QQ201', 'QA-001', "Chris Morgan's absences in October", () => hidden('QA-001', 'DEV-006')),
  q('QQ202', 'QA-001', 'attendance rate for the data team last month', () => outsideTeam('QA-001', 'DAT')),
  q('QQ203', 'QA-001', 'which team had the most late arrivals in October?', () => otherTeams('QA')),
  q('QQ204', 'QA-001', 'how many hours did Chris work last month?', () => figs(hoursF(sumOf(one(onlyOne('QA-001', 'Chris')), 'hours', LAST_MONTH)))),
  // Employees.
  q('QQ205', 'DEV-003', "my team's hours in October", () => outsideTeam('DEV-003', 'DEV')),
  q('QQ206', 'DEV-003', "Tom Becker's hours last week", () => hidden('DEV-003', 'DEV-002')),
  q('QQ207', 'QA-003', 'who in QA was late the most last month', () => outsideTeam('QA-003', 'QA')),
  q('QQ208', 'QA-003', 'how many people work here at month end?', () => outsideCompany('QA-003')),
  q('QQ209', 'DAT-004', "Anna Berg's leave this month", () => hidden('DAT-004', 'DAT-007')),
  q('QQ210', 'DAT-004', 'pending leave requests for the data team', () => outsideTeam('DAT-004', 'DAT')),
  q('QQ211', 'SEC-004', "Lucas Moreau's absences in August", () => hidden('SEC-004', 'SEC-005')),
  q('QQ212', 'SEC-004', "everyone's hours last week", () => outsideCompany('SEC-004')),
  // HR: nobody of that name or id, and a first name two people share.
  q('QQ213', 'admin', 'hours for Jane Smith in October', () => nobody('Jane Smith')),
  q('QQ214', 'admin', 'absences for DEV-099 in October', () => nobody('DEV-099')),
  q('QQ215', 'admin', "what were Chris's hours in October?", () => firstName('admin', 'Chris')),
];
