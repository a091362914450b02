/*
 * practice50 — how many people a description picks out: a level (API.md's positions Junior, Mid, Senior, Lead,
 * Manager), a level within a team, a job title (README: "how many security analysts", headcounts and lists only),
 * the current staff and the people who have left (README: headcounts count active staff unless leavers are asked
 * for), levels left out ("non-seniors", "everyone except the managers and leads": the whole less each part), two
 * levels side by side, and a team by its nickname ("the testers"). The admin, both managers about their own team,
 * and the employees about their own level and title (a level company-wide is outside what an employee can see).
 */
import { answer, count, figures, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { othersOutside } from '../../oracle/practice43-figures';
import { headN } from '../../oracle/practice50-figures';
import { headcount, headcountWithLeavers, leaversOf, rosterExcept } from '../../oracle/practice50-people';
import { q } from '../helpers';

/** A count that must stand next to the word for its level. */
const levelN = (n: number, word: string) => near(count(n), word);

export const HEADCOUNTS: readonly Question[] = [
  // A level, company-wide or in a team.
  q('PY001', 'admin', 'how many seniors do we have?', () => figures(headN(headcount({ position: 'Senior' })))),
  q('PY002', 'QA-001', 'hw many juniors in QA', () => figures(headN(headcount({ team: 'QA', position: 'Junior' })))),
  q('PY003', 'admin', 'number of mid-level people in the AI team', () => figures(headN(headcount({ team: 'AI', position: 'Mid' })))),
  q('PY004', 'admin', 'how many leads are there across the company', () => figures(headN(headcount({ position: 'Lead' })))),
  q('PY005', 'admin', 'how many juniors have we got, leavers included?', () => {
    if (headcountWithLeavers({ position: 'Junior' }) === headcount({ position: 'Junior' })) throw new Error('no junior has left: the words do nothing');
    return figures(headN(headcountWithLeavers({ position: 'Junior' })));
  }),

  // Current staff and leavers.
  q('PY006', 'admin', 'how many people have left the company?', () => figures(headN(leaversOf().length))),
  q('PY007', 'admin', 'current headcount of the data team', () => figures(headN(headcount({ team: 'DAT' })))),
  q('PY008', 'admin', 'total active staff right now', () => figures(headN(headcount()))),
  q('PY009', 'admin', "what's the headcount of SEC including the guy who left", () => {
    if (leaversOf({ team: 'SEC' }).length !== 1) throw new Error('SEC has not exactly one leaver');
    return figures(headN(headcountWithLeavers({ team: 'SEC' })));
  }),

  // Job titles.
  q('PY010', 'admin', 'how many security analysts are on staff?', () => figures(headN(headcount({ title: 'Security Analyst' })))),
  q('PY011', 'admin', 'how many ML engineers does AI have', () => figures(headN(headcount({ team: 'AI', title: 'ML Engineer' })))),
  q('PY012', 'admin', 'number of data analysts, including the ones who left', () => figures(headN(headcountWithLeavers({ title: 'Data Analyst' })))),

  // Levels left out: the whole less each part.
  q('PY013', 'QA-001', 'how many non-seniors are in QA', () => figures(headN(rosterExcept({ team: 'QA' }, (p) => p.position === 'Senior').length))),
  q('PY014', 'admin', 'headcount for everyone except the managers and leads', () =>
    figures(headN(rosterExcept({}, (p) => p.position === 'Manager' || p.position === 'Lead').length)),
  ),
  q('PY015', 'admin', 'how many people are in the testers team', () => figures(headN(headcount({ team: 'QA' })))),

  // Two levels side by side; an employee asking about a level company-wide.
  q('PY016', 'admin', 'QA: juniors vs seniors, how many of each?', () =>
    figures(levelN(headcount({ team: 'QA', position: 'Junior' }), 'junior'), levelN(headcount({ team: 'QA', position: 'Senior' }), 'senior')),
  ),
  q('PY017', 'admin', 'how many seniors and how many leads in the data team', () =>
    figures(levelN(headcount({ team: 'DAT', position: 'Senior' }), 'senior'), levelN(headcount({ team: 'DAT', position: 'Lead' }), 'lead')),
  ),
  q('PY018', 'QA-003', 'how many seniors work here altogether?', () => othersOutside('seniors', 'senior', 'altogether')),

  // The managers, about their own team.
  q('PY019', 'DEV-001', 'how many juniors do I have?', () => figures(headN(headcount({ team: 'DEV', position: 'Junior' })))),
  q('PY020', 'DEV-001', 'seniors on my team - how many?', () => figures(headN(headcount({ team: 'DEV', position: 'Senior' })))),
  q('PY021', 'QA-001', 'how many mid levels in my team', () => figures(headN(headcount({ team: 'QA', position: 'Mid' })))),
  q('PY022', 'QA-001', 'headcount of my team without the juniors', () => figures(headN(rosterExcept({ team: 'QA' }, (p) => p.position === 'Junior').length))),
  q('PY023', 'DEV-001', 'how many of my team are juniors and how many are mids?', () =>
    figures(levelN(headcount({ team: 'DEV', position: 'Junior' }), 'junior'), levelN(headcount({ team: 'DEV', position: 'Mid' }), 'mid')),
  ),

  // Employees, about their own level and title.
  q('PY024', 'DEV-003', 'am I a senior?', () => yesNo(person('DEV-003').position === 'Senior', [], { mentions: ['senior'] })),
  q('PY025', 'DAT-004', 'what level am I at', () => answer({ mentions: [person('DAT-004').position] })),
  q('PY026', 'SEC-004', "what's my job title", () => answer({ mentions: [person('SEC-004').title] })),
];
