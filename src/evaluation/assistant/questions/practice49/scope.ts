/*
 * practice49 — compositions that cross the edge of a login's scope. API.md: someone outside the caller's scope is
 * "not found", exactly as if absent, whatever the measure, period or operation joined to them; README: a team
 * outside it is named back (for an employee every team, their own too), the whole company asked by a manager or an
 * employee is named back, and a manager asking team by team is told the other teams are outside what they can see.
 * A first name resolves among the people the caller can see: "chris" is two people for the admin (it asks which) and
 * one for each manager (answered).
 */
import { answer, ask, hours, notFound, rate, scopeOf, type Caller, type Question } from '../../expectation';
import { otherTeams, outsideCompany, outsideTeam, othersOutside } from '../../oracle/practice43-figures';
import { hoursOver, rateOver } from '../../oracle/practice49-ops';
import { firstNamed, LAST_WEEK, named, OCTOBER, one, outsideOf, single } from '../../oracle/practice49-figures';
import { q } from '../helpers';

/** "Not found" for a person by full name, checked to be outside the caller's scope. */
const absentFor = (who: Caller, name: string) => {
  outsideOf(named(name), scopeOf(who));
  return notFound();
};
/** The one person of this first name the caller may read about (throws unless exactly one). */
const onlyNamed = (who: Caller, first: string): string => {
  const found = firstNamed(first, scopeOf(who));
  if (found.length !== 1) throw new Error(`${found.length} people called ${first} for ${who}`);
  return found[0]!;
};
/** Several people of this first name the caller may read about: it asks which. */
const severalNamed = (who: Caller, first: string) => {
  const found = firstNamed(first, scopeOf(who));
  if (found.length < 2) throw new Error(`fewer than two people called ${first} for ${who}`);
  return ask(...found);
};

export const SCOPE: readonly Question[] = [
  // A person outside the scope, with a measure, a period and an operation: not found.
  q('PX195', 'DEV-001', "Marcus Lee's hours last week", () => absentFor('DEV-001', 'Marcus Lee')),
  q('PX196', 'QA-003', 'how much annual leave does Grace Kim have', () => absentFor('QA-003', 'Grace Kim')),
  q('PX197', 'DAT-004', "Anna Berg's leave dates", () => absentFor('DAT-004', 'Anna Berg')),
  q('PX198', 'SEC-004', "Olivia Martin's Q2 score", () => absentFor('SEC-004', 'Olivia Martin')),
  q('PX199', 'QA-001', 'when did Sana Qureshi join', () => absentFor('QA-001', 'Sana Qureshi')),
  q('PX200', 'DEV-003', 'was Hannah Schmidt late more than twice in October?', () => absentFor('DEV-003', 'Hannah Schmidt')),

  // A team, the company, or team by team, outside the scope: named back.
  q('PX201', 'QA-001', 'attendance rate of the seniors in DEV last month', () => outsideTeam('DEV')),
  q('PX202', 'QA-001', "what's the company-wide absence rate this month?", () => outsideCompany()),
  q('PX203', 'DEV-001', 'late arrivals per team last month', () => otherTeams('DEV')),
  q('PX204', 'DEV-003', "what's the DEV average score in Q3", () => outsideTeam('DEV')),
  q('PX205', 'DAT-004', 'who in DAT was late yesterday', () => outsideTeam('DAT')),
  q('PX206', 'SEC-004', "what's our total headcount", () => othersOutside('people', 'headcount', 'work here')),
  q('PX207', 'DEV-003', 'top 3 scores in Q3', () => othersOutside('top 3', 'scores', 'ranking')),

  // "chris": one person for each manager, two for the admin.
  q('PX208', 'DEV-001', 'chris attendance % for october', () => answer({ figures: [rate(rateOver(one(onlyNamed('DEV-001', 'chris')), single(OCTOBER)))] })),
  q('PX209', 'QA-001', 'how many hrs did chris do last week', () =>
    answer({ figures: [hours(hoursOver(one(onlyNamed('QA-001', 'chris')), single(LAST_WEEK)))] }),
  ),
  q('PX210', 'admin', "chris's Q3 score", () => severalNamed('admin', 'chris')),
  q('PX211', 'admin', 'did chris come in late yesterday?', () => severalNamed('admin', 'chris')),
  q('PX212', 'admin', 'attendance rate for chris in september', () => severalNamed('admin', 'chris')),
];
