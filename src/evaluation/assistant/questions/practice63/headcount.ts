/*
 * practice63 — headcount as an HR analyst asks for it: the whole company, by team, by level, by job title and by
 * status, and their combinations ("active seniors in DAT"), the biggest and smallest teams, teams against a line, a
 * headcount with a team or a level left out, and the headcount of a past day. API.md and the README: a headcount
 * counts active staff unless leavers are asked for; a headcount on a past day counts those employed that day, for the
 * whole company; a job title is a filter for headcounts and lists. Every figure comes from oracle/practice63-figures,
 * which counts each group twice (here and through the shared oracle) and throws when the two disagree.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { decided } from '../../oracle/practice59-figures';
import {
  bare,
  employedAt,
  headcountOf,
  heads,
  headsOfLevel,
  headsOfTeam,
  LEVELS,
  listOf,
  members,
  pastDay,
  TEAM_CODES,
  teamByHeadcount,
  teamsWithHeadcount,
} from '../../oracle/practice63-figures';
import { q } from '../helpers';

const perTeam = () => TEAM_CODES.map((team) => headsOfTeam(team, headcountOf({ team })));
const perLevel = (team?: string) => LEVELS.map((position) => headsOfLevel(position, headcountOf({ team, position })));
/** Everyone active but the people of some teams: the whole less each part. */
const withoutTeams = (...teams: string[]) => headcountOf() - teams.reduce((s, team) => s + headcountOf({ team }), 0);

export const HEADCOUNT: readonly Question[] = [
  q('QL001', 'admin', 'what is our total active headcount right now?', () => figures(heads(headcountOf()))),
  q('QL002', 'admin', 'Headcount by department, please.', () => figures(...perTeam())),
  q('QL003', 'admin', 'breakdown of current staff by level (junior / mid / senior / lead / manager)', () => figures(...perLevel())),
  q('QL004', 'admin', 'active seniors in DAT - how many?', () => figures(heads(headcountOf({ team: 'DAT', position: 'Senior' })))),
  q('QL005', 'admin', 'how many juniors does the AI team have at the moment', () => figures(heads(headcountOf({ team: 'AI', position: 'Junior' })))),
  q('QL006', 'admin', 'number of mid-level people in Quality Assurance', () => figures(heads(headcountOf({ team: 'QA', position: 'Mid' })))),
  q('QL007', 'admin', 'how many employees hold the Manager position?', () => figures(heads(headcountOf({ position: 'Manager' })))),
  q('QL008', 'admin', 'Which of our people are at Lead level?', () => people(listOf({ position: 'Lead' }))),
  q('QL009', 'admin', 'which team is the largest by headcount?', () => {
    const team = teamByHeadcount('most');
    return answer({ teams: [team], figures: [heads(headcountOf({ team }))] });
  }),
  q('QL010', 'admin', 'smallest team we have, and how many are in it', () => {
    const team = teamByHeadcount('fewest');
    return answer({ teams: [team], figures: [heads(headcountOf({ team }))] });
  }),
  q('QL011', 'admin', 'which teams have fewer than 9 active people', () => answer({ teams: teamsWithHeadcount((n) => n < 9) })),
  q('QL012', 'admin', 'Which departments have 10 or more staff?', () => answer({ teams: teamsWithHeadcount((n) => n >= 10) })),
  q('QL013', 'admin', 'how many Data Analysts are on staff?', () => figures(heads(headcountOf({ title: 'Data Analyst' }), 'data analyst'))),
  q('QL014', 'admin', 'list every ML Engineer we currently employ', () => people(members({ title: 'ML Engineer' }))),
  q('QL015', 'admin', 'names of the current juniors in Security', () => people(members({ team: 'SEC', position: 'Junior' }))),
  q('QL016', 'admin', 'How many inactive employees do we have?', () => figures(heads(headcountOf({ who: 'left' }), 'inactive'))),
  q('QL017', 'admin', 'Data team headcount including leavers', () => figures(heads(headcountOf({ team: 'DAT', who: 'all' })))),
  q('QL018', 'admin', 'security: how many seniors and how many juniors?', () =>
    figures(headsOfLevel('Senior', headcountOf({ team: 'SEC', position: 'Senior' })), headsOfLevel('Junior', headcountOf({ team: 'SEC', position: 'Junior' }))),
  ),
  q('QL019', 'admin', 'level mix in the DEV team', () => figures(...perLevel('DEV'))),
  q('QL020', 'admin', 'headcount for everyone outside Development', () => figures(heads(withoutTeams('DEV')))),
  q('QL021', 'admin', 'how many non-managers work in Security?', () =>
    figures(heads(headcountOf({ team: 'SEC' }) - headcountOf({ team: 'SEC', position: 'Manager' }), 'non')),
  ),
  q('QL022', 'admin', 'does QA have more people than AI?', () => {
    const [qa, ai] = [headcountOf({ team: 'QA' }), headcountOf({ team: 'AI' })];
    if (qa === ai) throw new Error('QA and AI are the same size');
    return decided(qa > ai, [headsOfTeam('QA', qa), headsOfTeam('AI', ai)]);
  }),
  q('QL023', 'admin', 'what was our headcount on 1 January 2025?', () => figures(bare(employedAt(pastDay('2025-01-01')).length))),
  q('QL024', 'admin', 'company headcount on 1 September compared with today', () => {
    const then = employedAt(pastDay('2025-09-01')).length;
    const now = headcountOf();
    if (then === now) throw new Error('no change to compare');
    return figures(bare(then), bare(now));
  }),
  q('QL025', 'admin', 'hw many ppl in the testers team r seniors', () => figures(heads(headcountOf({ team: 'QA', position: 'Senior' })))),
  q('QL026', 'admin', 'who are the active mid-levels in the data team', () => people(members({ team: 'DAT', position: 'Mid' }))),
];
