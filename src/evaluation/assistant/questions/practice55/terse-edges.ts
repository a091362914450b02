/*
 * practice55 — short phone messages at the edges: what the service cannot do, what the caller may not see, and a
 * first name that is two people. README: salary, "per fortnight", predictions, weekdays in the plural, an order to
 * change data (refused by its verb, with the route), a kind of leave it does not keep ("parental leave"), the org
 * chart, an order to check someone in or out ("check me out": the route is named), a department the organisation
 * does not have ("attendance for sales"), a time of day ("who checked in before 9") are refused naming them. API.md:
 * someone outside the caller's scope is "not found"; a team outside it, the company asked by a manager or an
 * employee, team by team asked by a manager, and a ranking of people asked by an employee are named back as outside;
 * a name that matches several people in scope gets a question back listing them.
 */
import { notFound, refusal, type Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import { otherTeams, othersOutside, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { outOfScope } from '../../oracle/practice53-figures';
import { which } from '../../oracle/practice55-figures';
import { q } from '../helpers';

/** "Not found" for someone checked to be outside the caller's scope. */
const hidden = (who: Parameters<typeof outOfScope>[0], id: string) => {
  outOfScope(who, id);
  return notFound();
};
/** "Not found" for an id nobody holds. */
function nobody(id: string) {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}

export const TERSE_EDGES: readonly Question[] = [
  // What the service does not do.
  q('QD101', 'admin', 'avg salary dev', () => refusal('salary', 'salaries', 'pay')),
  q('QD102', 'admin', 'lates per fortnight q4', () => refusal('fortnight')),
  q('QD103', 'admin', 'who quits nxt mth', () => refusal('quit', 'predict', 'forecast', 'future')),
  q('QD104', 'DEV-001', 'att on fridays my team', () => refusal('fridays', 'weekday', 'day of the week')),
  q('QD105', 'DEV-001', 'approve yuki lv pls', () => refusal('approve', '/approve')),
  q('QD106', 'SEC-004', 'parental lv bal', () => refusal('parental')),
  q('QD107', 'admin', 'org chart pls', () => refusal('org chart', 'reporting', 'manage')),
  q('QD108', 'QA-003', 'pls check me out now', () => refusal('check me out', 'check-out', 'check out', '/attendance/check-out')),
  q('QD109', 'admin', 'sales headcount', () => refusal('sales')),
  q('QD110', 'admin', 'who clocked in b4 9am today', () => refusal('before', 'b4', '9am', 'time of day', 'time')),

  // Outside the caller's scope.
  q('QD111', 'DEV-001', 'marcus lee lates oct', () => hidden('DEV-001', 'QA-002')),
  q('QD112', 'QA-001', 'ravi patel hrs last wk', () => hidden('QA-001', 'DEV-014')),
  q('QD113', 'DEV-003', 'tom becker q3 score', () => hidden('DEV-003', 'DEV-002')),
  q('QD114', 'SEC-004', 'olivia martin lv bal', () => hidden('SEC-004', 'SEC-002')),
  q('QD115', 'DAT-004', 'team avg q3', () => outsideTeam('DAT')),
  q('QD116', 'QA-003', 'company att last mth', () => outsideCompany()),
  q('QD117', 'DEV-001', 'att rate per team last mth', () => otherTeams('DEV')),
  q('QD118', 'QA-001', 'sec team size?', () => outsideTeam('SEC')),
  q('QD119', 'DEV-003', 'top 5 q3 pls', () => othersOutside('top 5', 'top', 'ranking', 'performers')),
  q('QD120', 'admin', 'DEV-020 hrs last wk', () => nobody('DEV-020')),

  // "Chris" is two people for the admin.
  q('QD121', 'admin', 'chris att oct', () => which('admin', 'Chris')),
  q('QD122', 'admin', 'chris lv bal', () => which('admin', 'Chris')),
];
