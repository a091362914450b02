/*
 * practice64 — quarterly scores, asked in long messages: a review, a promotion case, a newsletter, a calibration
 * meeting. API.md: the final score is the mean of KPI, completed tasks and 360 feedback, rounded half-up to two
 * decimals; "last quarter" on 19 November 2025 is 2025-Q3; ties in a ranking go by name. Each score is recomputed from
 * its inputs and checked against the shared oracle; a "top n" whose n-th place ties with the next is not asked; a
 * list against a line is asked only where no score sits on it. Other people and teams in the context (Wei, Olivia, "DEV
 * keeps bragging") change nothing asked.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { wentUp } from '../../oracle/practice20-figures';
import { some } from '../../oracle/practice58-figures';
import { claim, EVERYONE, near, scoreF, team } from '../../oracle/practice64-figures';
import { endsOf, meanOf, medianOf, mostImprovedIn, scoredWhere, scoreFor, spreadOf, topTeam } from '../../oracle/practice64-people';
import { dataset, person } from '../../dataset/dataset';
import { q } from '../helpers';

const Q4_24 = '2024-Q4';
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const scoresOf = (id: string, ...periods: string[]) => figures(...periods.map((p) => scoreF(scoreFor(id, p))));
const teamMean = (code: string, period: string) => scoreF(meanOf(team(code), period));

export const SCORES: readonly Question[] = [
  // HR.
  q(
    'QM105',
    'admin',
    "Board meeting prep. Last time Wei asked about the AI team's scores I fumbled the answer, so not again. What was AI's average score in Q3?",
    () => figures(teamMean('AI', Q3)),
  ),
  q(
    'QM106',
    'admin',
    "Sarah wants names for the Q3 recognition email — I'll write it myself, I just need the list. Who were the top three performers across the company in Q3? I'd like to get the wording right.",
    () => people(endsOf(EVERYONE, Q3, 3, 'top')),
  ),
  q(
    'QM107',
    'admin',
    "James is putting Emma Clarke forward for promotion next month. He's asked me to sanity-check the numbers in his write-up. What was her Q3 score, and what was it in Q2?",
    () => scoresOf('SEC-004', Q3, Q2),
  ),
  q('QM108', 'admin', 'Priya and Elena are arguing about this again in the managers channel. Can you compare the DEV and QA average scores for Q2?', () =>
    figures(teamMean('DEV', Q2), teamMean('QA', Q2)),
  ),
  q(
    'QM109',
    'admin',
    "Not for anything drastic, just calibration ahead of the year-end. Sarah already knows we're looking. Who scored lowest in DAT in Q3?",
    () => people(endsOf(team('DAT'), Q3, 1, 'bottom')),
  ),
  q(
    'QM110',
    'admin',
    "HR's doing calibration and Olivia Martin reckons the median is more honest than the mean. What was the company's median score in Q3?",
    () => figures(scoreF(medianOf(EVERYONE, Q3))),
  ),
  q('QM111', 'admin', 'The exec team wants a count, not names — they were very clear about that. How many people scored above 90 in Q3?', () =>
    figures(near(count(some(scoredWhere(EVERYONE, Q3, 90, 'above')).length), 'people|person|employee|staff|scor')),
  ),
  q('QM112', 'admin', 'Elena wants to give a shout-out at her team meeting on Friday. Who in QA improved the most from Q2 to Q3?', () =>
    people([mostImprovedIn(team('QA'), Q2, Q3)]),
  ),
  q(
    'QM113',
    'admin',
    "The CEO's newsletter is doing a look back at the year so far and wants to celebrate one team. Which team came out top on average score in Q1?",
    () => {
      const best = topTeam(Q1);
      return answer({ mentions: [best], figures: [teamMean(best, Q1)] });
    },
  ),
  q(
    'QM114',
    'admin',
    'Victor Dumont left us at the end of August. A recruiter rang for a reference and I only ever confirm facts. What was the last score on his record before he went?',
    () => {
      const last = dataset()
        .scores.filter((s) => s.employee === 'AI-009')
        .map((s) => s.period)
        .sort()
        .at(-1)!;
      claim(person('AI-009').end === '2025-08-29', 'Victor Dumont left at the end of August');
      return answer({ figures: [scoreF(scoreFor('AI-009', last))], mentions: [last.slice(5)] });
    },
  ),
  // Managers.
  q(
    'QM115',
    'DEV-001',
    "I'm writing up Omar Haddad's review and honestly he's been flying lately. I want to quote actual numbers rather than vibes. What were his scores for Q2 and Q3?",
    () => scoresOf('DEV-010', Q2, Q3),
  ),
  q(
    'QM116',
    'DEV-001',
    "Tom Becker keeps saying the team average went up last quarter. Did my team's average score rise between Q2 and Q3? Genuinely curious.",
    () => wentUp(meanOf(team('DEV'), Q2), meanOf(team('DEV'), Q3), [teamMean('DEV', Q2), teamMean('DEV', Q3)]),
  ),
  q('QM117', 'DEV-001', 'Ravi and Lukas are both seniors and I want to compare them fairly. What were their Q3 scores?', () =>
    figures(scoreF(scoreFor('DEV-014', Q3)), scoreF(scoreFor('DEV-004', Q3))),
  ),
  q('QM118', 'DEV-001', 'For calibration I need the tail end of the team. Which of my people scored under 65 in Q3?', () =>
    people(some(scoredWhere(team('DEV'), Q3, 65, 'below', 'DEV-001'))),
  ),
  q(
    'QM119',
    'DEV-001',
    'Sofia asked me whether our scores are spread fairly across the team. What was the gap between the highest and lowest Q3 score on my team?',
    () => figures(scoreF(spreadOf(team('DEV'), Q3))),
  ),
  q(
    'QM120',
    'QA-001',
    'Zoe has been struggling and I want to see it in numbers before our chat on Monday. What were her scores over the last four quarters?',
    () => scoresOf('QA-009', Q4_24, Q1, Q2, Q3),
  ),
  q('QM121', 'QA-001', 'DEV keeps bragging about their numbers at every leads meeting. What was my team’s average score in Q3?', () =>
    figures(teamMean('QA', Q3)),
  ),
  q('QM122', 'QA-001', "Marcus assumes it's him, but I'd like to check before I say anything. Who was my top scorer in Q3?", () =>
    people(endsOf(team('QA'), Q3, 1, 'top', 'QA-001')),
  ),
  // Employees.
  q('QM123', 'DEV-003', 'Hi! My review with Priya is next week and I want to go in prepared. What score did I get last quarter?', () =>
    scoresOf('DEV-003', Q3),
  ),
  q('QM124', 'DEV-003', "Before I see Priya I'd like to know the direction of travel. Did my score go up or down between Q1 and Q3?", () =>
    wentUp(scoreFor('DEV-003', Q1), scoreFor('DEV-003', Q3), [scoreF(scoreFor('DEV-003', Q1)), scoreF(scoreFor('DEV-003', Q3))]),
  ),
  q(
    'QM125',
    'QA-003',
    "I'm filling in the self-review form and it wants the breakdown. What were my KPI, completed-task and 360 feedback scores in Q3?",
    () => {
      const s = dataset().scores.find((x) => x.employee === 'QA-003' && x.period === Q3)!;
      return figures(scoreF(s.kpi), scoreF(s.completedTask), scoreF(s.feedback360));
    },
  ),
  q('QM126', 'DAT-004', 'Sarah said the Data team did well in Q3, which is nice to hear. How did I score in Q3?', () => scoresOf('DAT-004', Q3)),
  q(
    'QM127',
    'SEC-004',
    "Good afternoon. I'm updating my CV and want to quote my best quarter. Which quarter was my highest score, and what was it? Thank you in advance.",
    () => {
      const mine = dataset()
        .scores.filter((s) => s.employee === 'SEC-004')
        .map((s) => ({ period: s.period, score: scoreFor('SEC-004', s.period) }))
        .sort((a, b) => b.score - a.score);
      claim(mine[0]!.score > mine[1]!.score, 'one quarter is the best');
      return answer({ figures: [scoreF(mine[0]!.score)], mentions: [mine[0]!.period.slice(5)] });
    },
  ),
  q('QM128', 'DAT-004', 'Just curious about my trajectory this year. By how much did my score move between Q2 and Q3?', () =>
    figures(scoreF(Math.round((scoreFor('DAT-004', Q3) - scoreFor('DAT-004', Q2)) * 100) / 100)),
  ),
  q('QM129', 'admin', "Wei says the seniors in AI are carrying the team. What was the average Q3 score of AI's seniors?", () =>
    figures(scoreF(meanOf({ team: 'AI', position: 'Senior' }, Q3))),
  ),
];
