/*
 * practice64 — long messages whose person or team lies outside the caller's scope. API.md: someone outside the scope
 * is "not found", exactly as if absent; README: a team outside it is named back ("AI is outside what you can see"; for
 * an employee every team, their own too), and so are the whole company asked by a manager or an employee and a manager
 * asking team by team. A first name is matched among the people the caller may see: "Chris" is two people to HR and
 * one to each manager. The friendly context (a pairing, a project, a rumour) never widens the scope.
 */
import { ask, figures, notFound, type Question } from '../../expectation';
import { otherTeams, othersOutside, outsideCompany, outsideTeam } from '../../oracle/practice43-figures';
import { hidden, nobodyAtAll, noSuchTeam } from '../../oracle/practice59-figures';
import { absentD, claim, personal } from '../../oracle/practice64-figures';
import { dataset } from '../../dataset/dataset';
import { month } from '../../oracle/practice58-figures';
import { q } from '../helpers';

/** An employee id nobody holds. */
function noSuchId(id: string) {
  claim(!dataset().people.some((p) => p.id === id), `${id} is nobody`);
  return notFound();
}
/** The people of a first name in the data set, checked to be exactly these. */
function named(first: string, ...ids: string[]): string[] {
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0] === first)
    .map((p) => p.id)
    .sort();
  claim(JSON.stringify(found) === JSON.stringify([...ids].sort()), `the people called ${first}`);
  return ids;
}

export const SCOPE: readonly Question[] = [
  // Managers.
  q(
    'QM167',
    'DEV-001',
    "Elena mentioned that Zoe Adams has been struggling lately. We're friends, so I'm just concerned. How many days has Zoe been absent this month?",
    () => hidden('DEV-001', 'QA-009'),
  ),
  q(
    'QM168',
    'DEV-001',
    'Our QA counterparts keep saying their lates are worse than ours, which I doubt. How many late arrivals did the QA team rack up last week?',
    () => outsideTeam('QA'),
  ),
  q(
    'QM169',
    'DEV-001',
    "I'm preparing for the leadership offsite and would like a bit of context first. What's the attendance rate for the whole company this month?",
    () => outsideCompany(),
  ),
  q('QM170', 'DEV-001', 'Julia Fischer from Data is pairing with Aisha next sprint. How much annual leave does Julia have left?', () =>
    hidden('DEV-001', 'DAT-003'),
  ),
  q('QM171', 'DEV-001', "Someone started a leads' leaderboard in Slack and I'm being nosy. Which team topped attendance last month?", () => otherTeams('DEV')),
  q('QM172', 'DEV-001', "I'd like to avoid scheduling a cross-team demo while people are out. Who's on leave next week across the whole company?", () =>
    outsideCompany(),
  ),
  q(
    'QM173',
    'QA-001',
    "Lukas Novak from DEV keeps turning up late to our joint stand-up. Priya doesn't seem bothered. How many times has he been late this month?",
    () => hidden('QA-001', 'DEV-004'),
  ),
  q('QM174', 'QA-001', "Priya says DEV's Q3 average was higher than ours. What did DEV average in Q3?", () => outsideTeam('DEV')),
  q('QM175', 'QA-001', 'Felix Wagner might be moving over to QA next year, nothing confirmed. What was his Q3 score? Thanks!', () =>
    hidden('QA-001', 'AI-003'),
  ),
  q('QM176', 'QA-001', "I'm filling in an industry benchmarking survey and it asks about company size. How many people work across the whole company?", () =>
    outsideCompany(),
  ),
  q('QM177', 'QA-001', 'I heard Anna Berg from Data is on leave this week. When is she back?', () => hidden('QA-001', 'DAT-007')),
  q('QM178', 'QA-001', "Chris mentioned he'd had a rough October, and I'd like the facts before our 1:1. How many days was Chris absent that month?", () => {
    named('Chris', 'DEV-006', 'QA-004');
    return figures(absentD(personal('QA-004', 'absent', month(10))));
  }),
  // Employees.
  q('QM179', 'DEV-003', "Tom Becker is helping me with a side project at the moment. He's really good. What was his Q3 score?", () =>
    hidden('DEV-003', 'DEV-002'),
  ),
  q('QM180', 'DEV-003', "Priya keeps saying the team is doing great. What's DEV's attendance rate this month?", () => outsideTeam('DEV')),
  q('QM181', 'DEV-003', 'hey, I think Chris Morgan was off again, his desk was empty. Was he absent yesterday?', () => hidden('DEV-003', 'DEV-006')),
  q('QM182', 'QA-003', 'Elena asked me to help with the holiday rota for the team. Who in QA is going to be on leave next week?', () => outsideTeam('QA')),
  q('QM183', 'QA-003', "Marcus Lee says he's got way more leave than me. How many days of annual leave does Marcus have?", () => hidden('QA-003', 'QA-002')),
  q('QM184', 'QA-003', 'I want to see where I stand compared with everyone else. I know my own score already. What was the company average score in Q3?', () =>
    outsideCompany(),
  ),
  q('QM185', 'QA-003', 'My friend Nina on the team is comparing notes with me over lunch. What was her attendance rate over October?', () =>
    hidden('QA-003', 'QA-005'),
  ),
  q('QM186', 'DAT-004', 'Samuel Wright sits next to me and seemed to be late a lot. How many times was he late last week?', () => hidden('DAT-004', 'DAT-008')),
  q(
    'QM187',
    'DAT-004',
    "Sarah mentioned a leaderboard at the all-hands and I'm curious whether I'm on it. Who were the top 5 performers in Data for Q3? just curious, nothing serious",
    () => othersOutside('top', 'performers', 'DAT ', 'your own'),
  ),
  q('QM188', 'DAT-004', 'Our lead wants a number for a slide and asked me to find it. How many people are in the Data team right now?', () =>
    outsideTeam('DAT'),
  ),
  q('QM189', 'SEC-004', "Olivia Martin is my lead and she's always saying she never takes holidays. How many days of annual leave does Olivia have left?", () =>
    hidden('SEC-004', 'SEC-002'),
  ),
  q(
    'QM190',
    'SEC-004',
    "Jakub said everyone was late this week except him. I doubt it, but I'm curious. Who in Security has actually been late this week?",
    () => outsideTeam('SEC'),
  ),
  q('QM191', 'SEC-004', "lucas moreau's been out a fair bit, he says it's all sick leave. how many sick days has he used?", () => hidden('SEC-004', 'SEC-005')),
  // HR: nobody of that name or id, and a first name two people share.
  q('QM192', 'admin', 'Someone from facilities asked me about a Jane Okoye who supposedly works in QA. What is her start date?', () =>
    nobodyAtAll('Jane Okoye'),
  ),
  q('QM193', 'admin', 'Payroll flagged employee DEV-015 as missing a timesheet. Who is that, and what team are they on?', () => noSuchId('DEV-015')),
  q(
    'QM194',
    'admin',
    "Someone called Chris emailed me about a missed check-out and I can't remember which team he's on. How many days of absence did Chris have in October?",
    () => ask(...named('Chris', 'DEV-006', 'QA-004')),
  ),
  q('QM195', 'DEV-003', "Hi! Kevin from the Data team and I are planning a joint trip. How much annual leave does Kevin O'Brien have?", () =>
    hidden('DEV-003', 'DAT-004'),
  ),
  q(
    'QM196',
    'admin',
    'The new VP asked me how the Sales team has been doing, apparently she was told we have one. What was the attendance rate for Sales in October?',
    () => noSuchTeam('Sales'),
  ),
];
