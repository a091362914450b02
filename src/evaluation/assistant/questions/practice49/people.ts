/*
 * practice49 — who works here, composed: a headcount, a list, hires, leavers, tenure and profile facts, each joined to
 * a subject (a team, a level, a job title, everyone but some teams or levels, a manager's team, oneself), a period
 * (a day, a quarter so far, a year, "the past three months", "before 2020") and a filter (a position, active or
 * including leavers). README: headcounts count active staff unless leavers are asked for; a job title takes
 * headcounts and lists; "headcount for everyone except QA" and "non-seniors" are the whole less the part left out.
 */
import { answer, count, people, years, type Question } from '../../expectation';
import { employedOn } from '../../oracle/absence';
import { hiredBetween, leftBetween, newest, select, tenureYears } from '../../oracle/people-figures';
import { averageTenure } from '../../oracle/practice21-figures';
import { employedOnDay } from '../../oracle/practice32-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { near } from '../../oracle/practice10-figures';
import { forTeam, headN, teamList, TEAMS } from '../../oracle/practice49-ops';
import { facts, idsOf, oneOf, PAST_THREE_MONTHS, Q4_SO_FAR, some, titled, YEAR_2024, YEAR_2025, type Range } from '../../oracle/practice49-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const HIRES = 'hire|join|new|starter|people|person|employee';
const LEAVERS = 'leaver|left|leav|lost|people|person|employee';
/** The people hired within the range, of a team or position when given, the same with and without those since gone. */
const hires = (range: Range, filter: Parameters<typeof select>[0] = {}): string[] =>
  oneOf([
    hiredBetween(range[0], range[1], filter.team).filter((id) => filter.position === undefined || facts(id).position === filter.position),
    hiredBetween(range[0], range[1], filter.team).filter(
      (id) => (filter.position === undefined || facts(id).position === filter.position) && employedOn(facts(id), TODAY),
    ),
  ]);
const ids = (filter: Parameters<typeof select>[0]) => select(filter).map((p) => p.id);

export const PEOPLE: readonly Question[] = [
  // A level, a team, a headcount or a list.
  q('PX001', 'admin', 'number of seniors in the DEV team?', () => answer({ figures: [headN(select({ team: 'DEV', position: 'Senior' }).length)] })),
  q('PX002', 'admin', 'list the juniors in the data team', () => people(some(ids({ team: 'DAT', position: 'Junior' })))),
  q('PX003', 'admin', 'the mid level people in AI, including those who left', () => {
    const all = ids({ team: 'AI', position: 'Mid', status: 'any' });
    if (all.length === ids({ team: 'AI', position: 'Mid' }).length) throw new Error('no leaver among them');
    return people(all);
  }),
  q('PX004', 'admin', 'how many non-juniors are in QA', () =>
    answer({ figures: [headN(select({ team: 'QA' }).filter((p) => p.position !== 'Junior').length, 'non|qa')] }),
  ),
  q('PX005', 'admin', 'headcount for everyone except DEV and AI', () =>
    answer({ figures: [headN(select().filter((p) => p.team !== 'DEV' && p.team !== 'AI').length, 'except|excluding|outside')] }),
  ),
  q('PX006', 'admin', 'headcount of QA and SEC', () => answer({ figures: ['QA', 'SEC'].map((code) => forTeam(code, count(select({ team: code }).length))) })),
  q('PX007', 'admin', 'any team with under 9 staff?', () => answer({ teams: some(TEAMS.filter((code) => select({ team: code }).length < 9)) })),

  // A job title: headcounts and lists only.
  q('PX008', 'admin', 'who are our security analysts right now', () => people(some(titled('Security Analyst')))),
  q('PX009', 'admin', 'ML engineer headcount please', () => answer({ figures: [headN(titled('ML Engineer').length, 'ml')] })),

  // A day in the past.
  q('PX010', 'admin', 'how many staff did we have on 1 October', () => answer({ figures: [headN(employedOnDay('2025-10-01').length)] })),

  // Hires and leavers, by period, team and level.
  q('PX011', 'admin', 'new hires so far this year, broken down by team', () =>
    answer({
      figures: TEAMS.map((code) => ({ code, n: hires(YEAR_2025, { team: code }).length }))
        .filter((x) => x.n > 0)
        .map((x) => forTeam(x.code, count(x.n))),
    }),
  ),
  q('PX012', 'admin', 'juniors who started with us during 2024?', () => people(some(hires(YEAR_2024, { position: 'Junior' })))),
  q('PX013', 'admin', 'who joined in the past three months?', () => people(some(oneOf(PAST_THREE_MONTHS.map((r) => hires(r)))))),
  q('PX014', 'admin', 'hires and leavers in Q4 so far', () =>
    answer({
      figures: [near(count(hires(Q4_SO_FAR).length), HIRES), near(count(leftBetween(...Q4_SO_FAR).length), LEAVERS)],
    }),
  ),
  q('PX015', 'admin', 'list everyone who left us in 2025', () => people(some(leftBetween(...YEAR_2025)))),
  q('PX016', 'admin', 'how many juniors left this year', () =>
    answer({ figures: [near(count(leftBetween(...YEAR_2025).filter((id) => facts(id).position === 'Junior').length), LEAVERS + '|junior')] }),
  ),
  q('PX017', 'admin', 'did anyone leave DAT this year?', () => yesNo(true, [], { people: some(leftBetween(...YEAR_2025, 'DAT')) })),
  q('PX018', 'admin', 'seniors hired before 2020', () =>
    people(
      some(
        select({ position: 'Senior' })
          .filter((p) => p.hire < '2020-01-01')
          .map((p) => p.id),
      ),
    ),
  ),

  // Tenure, with a level or a team.
  q('PX019', 'admin', 'longest-serving senior in QA', () => {
    const list = select({ team: 'QA', position: 'Senior' }).sort((a, b) => a.hire.localeCompare(b.hire));
    if (list.length > 1 && list[0]!.hire === list[1]!.hire) throw new Error('tied');
    return people([list[0]!.id]);
  }),
  q('PX020', 'admin', 'average tenure of the leads', () => answer({ figures: [years(averageTenure({ position: 'Lead' }))] })),

  // Profile facts, several at once, of one or two people.
  q('PX021', 'admin', "what's Chloe Dubois's position and start date", () => answer({ mentions: [facts('DEV-013').position], dates: [facts('DEV-013').hire] })),
  q('PX022', 'admin', 'when did Tom Becker and Ravi Patel join?', () => answer({ dates: [facts('DEV-002').hire, facts('DEV-014').hire] })),

  // The managers, about their team.
  q('PX023', 'DEV-001', 'how many juniors are on my team?', () => answer({ figures: [headN(select({ team: 'DEV', position: 'Junior' }).length)] })),
  q('PX024', 'DEV-001', 'who on my team joined this year', () =>
    people(some(teamList('DEV-001', (s) => hires(YEAR_2025).filter((id) => idsOf(s).includes(id))))),
  ),
  q('PX025', 'QA-001', 'list the seniors and leads in my team', () =>
    people(
      some(
        select({ team: 'QA' })
          .filter((p) => p.position === 'Senior' || p.position === 'Lead')
          .map((p) => p.id),
      ),
    ),
  ),
  q('PX026', 'QA-001', 'who is the newest member of my team', () => people(newest(1, { team: 'QA' }))),

  // Employees, about themselves.
  q('PX027', 'DEV-003', "when did I join and what's my job title", () => answer({ dates: [facts('DEV-003').hire], mentions: [facts('DEV-003').title] })),
  q('PX028', 'SEC-004', 'how many years have I worked here so far', () => answer({ figures: [years(tenureYears(facts('SEC-004')))] })),
  q('PX029', 'DAT-004', "what's my seniority level?", () => answer({ mentions: [facts('DAT-004').position] })),
];
