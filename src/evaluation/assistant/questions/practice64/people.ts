/*
 * practice64 — who works here, asked in long messages: headcounts, hires and leavers, the longest-serving and the
 * newest, job titles, positions, start dates and tenure. README: a headcount counts active staff unless leavers are
 * asked for; a manager's team is the team of their own employee record. A count of "my team" is asked with "me
 * included" (with and without the manager it would differ); lists of a manager's team are the same with and without
 * the manager. Context — a town hall, a mentor, a payslip handled elsewhere — changes nothing asked.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { WHOLE_YEAR } from '../../oracle/practice58-figures';
import { claim, EVERYONE, head, membersOf, team, yearsF } from '../../oracle/practice64-figures';
import { byHire, heads, joinedIn, leftDuring, yearsHere } from '../../oracle/practice64-people';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

const titleOf = (id: string) => answer({ mentions: [person(id).title] });

export const PEOPLE: readonly Question[] = [
  // HR.
  q(
    'QM130',
    'admin',
    "Hi! I'm putting together the headcount slide for the quarterly town hall. Wei wants his team broken out later, and Olivia asked for Security's too, but that can wait. First things first: how many active employees do we have right now? Thanks so much.",
    () => figures(head(heads(EVERYONE))),
  ),
  q('QM131', 'admin', 'Facilities sends out the welcome packs, I just need the names for the list. Who has joined the company in 2025?', () =>
    people(joinedIn(WHOLE_YEAR)),
  ),
  q('QM132', 'admin', 'I need this for the leavers report, and Sarah asked about Laura specifically. Which people have left the company in 2025?', () =>
    people(leftDuring(WHOLE_YEAR)),
  ),
  q(
    'QM133',
    'admin',
    'James Wilson thinks it is him, but I want to be sure before the long-service awards. Who is the longest-serving person in Security?',
    () => people([byHire(team('SEC'), 'first')]),
  ),
  q(
    'QM134',
    'admin',
    "Amara referred to Sana Qureshi as a data scientist in a meeting and that didn't sound right to me. What's Sana's actual job title?",
    () => titleOf('AI-004'),
  ),
  q('QM135', 'admin', "Jakub Wozniak's work anniversary might be coming up and I'd like to send a card. When did he start with us? Many thanks.", () =>
    answer({ dates: [person('SEC-007').hire] }),
  ),
  q('QM136', 'admin', 'Priya wants to rebalance her squads before the new year. How many seniors does Development have right now?', () =>
    figures(head(heads({ team: 'DEV', position: 'Senior' }))),
  ),
  q(
    'QM137',
    'admin',
    "We're planning next year's graduate scheme and the budget depends on how many juniors we already have. How many juniors do we have across the whole company? Leavers don't count, obviously.",
    () => figures(head(heads({ position: 'Junior' }))),
  ),
  q(
    'QM138',
    'admin',
    "His final payslip is being handled by finance, I just need the date for the file. What was Ethan Hughes's last working day with us?",
    () => answer({ dates: [person('SEC-008').end!] }),
  ),
  // Managers.
  q('QM139', 'DEV-001', "I'm drafting the team page for the intranet. How many people are in DEV right now, me included?", () =>
    figures(head(heads(team('DEV')))),
  ),
  q('QM140', 'DEV-001', "I think Chloe is our newest starter but I'm honestly not certain. Who joined my team most recently?", () =>
    people([byHire(team('DEV'), 'last', 'DEV-001')]),
  ),
  q('QM141', 'DEV-001', "I'm planning pairings with the juniors for next quarter, Ben and Chloe especially. Which mids are on my team?", () =>
    people(
      membersOf({ team: 'DEV', position: 'Mid' })
        .filter((p) => p.end === null)
        .map((p) => p.id),
    ),
  ),
  q('QM142', 'DEV-001', "Ravi Patel's eight-year mark must be close, I want to do something for it. How long has he been with us?", () => {
    claim(yearsHere('DEV-014') === 8, 'Ravi Patel is past eight years');
    return figures(yearsF(yearsHere('DEV-014')));
  }),
  q('QM143', 'QA-001', "Peter asked me whether he's the only junior left. He seemed a bit lonely. How many juniors are on my team pls?", () =>
    figures(head(heads({ team: 'QA', position: 'Junior' }))),
  ),
  q('QM144', 'QA-001', 'I want someone experienced to mentor Ivan over the next few months. Which of my team has the longest service?', () =>
    people([byHire(team('QA'), 'first', 'QA-001')]),
  ),
  q('QM145', 'QA-001', "I'm updating the team wiki page and want the titles right. What job title is Grace Kim down as?", () => titleOf('QA-007')),
  // Employees.
  q('QM146', 'DEV-003', 'Hello! HR asked me to check my details for the new staff directory. What start date and job title do you have for me?', () =>
    answer({ dates: [person('DEV-003').hire], mentions: [person('DEV-003').title] }),
  ),
  q('QM147', 'QA-003', "A colleague asked me how long I've been here and I completely blanked. Embarrassing. How many full years have I been here?", () =>
    figures(yearsF(yearsHere('QA-003'))),
  ),
  q('QM148', 'DAT-004', 'Ahmed said I should be a Senior by now, ha. What position am I down as?', () => answer({ mentions: [person('DAT-004').position] })),
  q(
    'QM149',
    'SEC-004',
    "Setting up a new laptop and the IT form wants my details. I always forget the format. What's my employee id and which team am I in?",
    () => answer({ mentions: ['SEC-004'], teams: [person('SEC-004').team] }),
  ),
];
