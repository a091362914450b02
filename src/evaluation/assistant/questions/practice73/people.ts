/*
 * practice73 — who works here, typed in a hurry: a person by id in any case, a full name with a letter wrong, a
 * surname only, a first name only one person has; profile facts (job title, "grade" for position, start date, last
 * day, tenure, several at once); headcounts by team code, name, misspelling or nickname, by position or job title, the
 * whole company "rn", on a past day written day first, the whole less a part; lists by position and job title. Each
 * loosely written name is checked by the oracle to point at one person only.
 */
import type { Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { allBut, employedThen, headOf, headWithMe, roster, serviceYears, typed } from '../../oracle/practice73-people';
import { dated } from '../../oracle/practice73-periods';
import { q } from '../helpers';
import { answer, figures, headcount, people, years } from './shared';

const whoIs = (id: string, fact: 'title' | 'position' = 'title') =>
  answer({ people: [id], mentions: [fact === 'title' ? person(id).title : person(id).position] });
const title = (id: string) => answer({ mentions: [person(id).title] });
const position = (id: string) => answer({ mentions: [person(id).position] });
const start = (...ids: string[]) => answer({ dates: ids.map((id) => person(id).hire) });
const lastDay = (id: string) => {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
};

export const PEOPLE: readonly Question[] = [
  // Someone by id, name, surname, first name.
  q('QV001', 'admin', 'whos dev-011', () => whoIs('DEV-011')),
  q('QV002', 'admin', 'SEC-007 - who is that?', () => whoIs('SEC-007')),
  q('QV003', 'admin', 'tell me abt hanah schmidt pls', () => whoIs(typed('hanah schmidt', 'DEV-007'))),
  q('QV004', 'DEV-001', 'who is okafor', () => whoIs(typed('okafor', 'DEV-008'))),
  q('QV005', 'QA-001', 'nina kowalsky job title?', () => title(typed('nina kowalsky', 'QA-005'))),
  q('QV006', 'admin', 'whats mohamed salehs position', () => position(typed('mohamed saleh', 'SEC-003'))),
  q('QV007', 'DAT-004', 'my job title again?', () => title('DAT-004')),
  q('QV008', 'SEC-004', 'what grade am i', () => position('SEC-004')),
  q('QV009', 'admin', 'lena hofman position', () => position(typed('lena hofman', 'AI-006'))),
  q('QV010', 'admin', "hi! quick one, i'm updating the staff directory - what's ivan petrov's job title? thanks", () => title('QA-010')),
  // Start dates, last days, tenure.
  q('QV011', 'admin', 'when did noah brown start', () => start('DAT-010')),
  q('QV012', 'DEV-001', 'chloe start date??', () => start(typed('chloe', 'DEV-013'))),
  q('QV013', 'QA-003', 'when did i join', () => start('QA-003')),
  q('QV014', 'DAT-004', "hey its me kevin, when's my start date again", () => start('DAT-004')),
  q('QV015', 'admin', 'laura silva last day', () => answer({ dates: [lastDay('DAT-009')] })),
  q('QV016', 'admin', 'victor dumont - when did he leave and what was his title', () =>
    answer({ dates: [lastDay('AI-009')], mentions: [person('AI-009').title] }),
  ),
  q('QV017', 'QA-001', 'how long has grace kim been here', () => figures(years(serviceYears('QA-007')))),
  q('QV018', 'SEC-004', 'how many yrs have i been here', () => figures(years(serviceYears('SEC-004')))),
  q('QV019', 'DEV-001', 'tenure ravi', () => figures(years(serviceYears(typed('ravi', 'DEV-014'))))),
  q('QV020', 'admin', 'who joined first sana qureshi or felix wagner', () =>
    answer({ people: ['AI-004', 'AI-003'], dates: [person('AI-004').hire, person('AI-003').hire] }),
  ),
  q('QV021', 'admin', 'wozniak start date n job title', () => {
    const id = typed('wozniak', 'SEC-007');
    return answer({ dates: [person(id).hire], mentions: [person(id).title] });
  }),
  // Headcounts.
  q('QV022', 'admin', 'hw many ppl in qa', () => headcount(headOf({ team: 'QA' }))),
  q('QV023', 'admin', 'HOW MANY PEOPLE IN SECURITY', () => headcount(headOf({ team: 'SEC' }))),
  q('QV024', 'admin', 'headcount devlopment team', () => headcount(headOf({ team: 'DEV' }))),
  q('QV025', 'admin', 'total staff rn', () => headcount(headOf())),
  q('QV026', 'admin', 'data team incl leavers how many', () => headcount(headOf({ team: 'DAT', status: 'any' }))),
  q('QV027', 'admin', 'no. of juniors in AI', () => headcount(headOf({ team: 'AI', position: 'Junior' }))),
  q('QV028', 'admin', 'how many data analysts do we have', () => headcount(headOf({ title: 'Data Analyst' }))),
  q('QV029', 'DEV-001', 'how many ppl on my team incl me', () => headcount(headWithMe('DEV-001', { team: 'DEV' }))),
  q('QV030', 'QA-001', 'how many seniors do i have', () => headcount(headOf({ team: 'QA', position: 'Senior' }))),
  q('QV031', 'admin', 'headcount on 1/9', () => headcount(employedThen(dated('2025-09-01')))),
  q('QV032', 'admin', 'everyone except AI - how many ppl', () => headcount(allBut({}, { teams: ['AI'] }))),
  q('QV033', 'admin', 'hw many non juniors in qa', () => headcount(allBut({ team: 'QA' }, { positions: ['Junior'] }))),
  // Lists.
  q('QV034', 'admin', 'list seniors in security', () => people(roster({ team: 'SEC', position: 'Senior' }))),
  q('QV035', 'DEV-001', 'my juniors?', () => people(roster({ team: 'DEV', position: 'Junior' }, 'DEV-001'))),
  q('QV036', 'QA-001', 'the mid levels on my team, names pls', () => people(roster({ team: 'QA', position: 'Mid' }, 'QA-001'))),
  q('QV037', 'admin', 'which ML engineers are juniors', () => people(roster({ title: 'ML Engineer', position: 'Junior' }))),
  q('QV038', 'admin', 'security leads and managers', () =>
    people([...roster({ team: 'SEC', position: 'Lead' }), ...roster({ team: 'SEC', position: 'Manager' })]),
  ),
];
