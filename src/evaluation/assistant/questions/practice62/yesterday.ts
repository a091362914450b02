/*
 * practice62 — yesterday (Tuesday 18 November, closed): who was late, who missed the day, who was on leave, who never
 * checked out, the team's rate, one person's hours and times. API.md: a day with a check-in and no check-out is attended
 * (its status stands) and counts in missing_check_out; approved half-day leave takes half the day off the expected
 * fraction and is never absent. "Off" for a past day is not asked (absent or on leave would both be fair readings).
 */
import { answer, figures, hours, people, rate, type Question } from '../../expectation';
import { EVERYONE, lastWeekday, none, on, personal, rateOf, recordAt, sameDay, some, teamOf, YESTERDAY } from '../../oracle/practice62-figures';
import { clockOf, whoWith } from '../../oracle/practice62-lists';
import { hiddenFrom, outsideCompany, outsideTeam, yesNo } from '../../oracle/practice62-team';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');
const Y = on(YESTERDAY);

/** Did this person check out yesterday: no when the record has a check-in and no check-out. */
function checkedOut(id: string, truth: boolean) {
  const r = recordAt(id, YESTERDAY);
  if (!r?.checkIn || (r.checkOut !== null) !== truth) throw new Error(`${id}'s check-out yesterday is not as the question expects`);
  return truth ? yesNo(true, { mentions: [clockOf(id, YESTERDAY, 'out')] }) : yesNo(false, { people: [id] });
}

export const YESTERDAY_QUESTIONS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK025', 'DEV-001', 'yesterday - any lates in my lot?', () => yesNo(false, { people: none(whoWith(DEV, 'late', Y, undefined, 'DEV-001')) })),
  q('QK026', 'DEV-001', 'anyone in my lot not check out yesterday', () =>
    yesNo(true, { people: some(whoWith(DEV, 'missingCheckOut', Y, undefined, 'DEV-001')) }),
  ),
  q('QK027', 'DEV-001', 'any no-shows in my team yesterday?', () => yesNo(false, { people: none(whoWith(DEV, 'absent', Y, undefined, 'DEV-001')) })),
  q('QK028', 'DEV-001', "my team's attendance rate for yesterday", () => figures(rate(rateOf(DEV, Y)))),
  q('QK029', 'DEV-001', 'was anyone in my team on leave yesterday, even half a day', () =>
    yesNo(true, { people: some(whoWith(DEV, 'onLeave', Y, undefined, 'DEV-001')) }),
  ),
  q('QK030', 'DEV-001', 'how many hours did omar put in yesterday', () => figures(hours(personal('DEV-010', 'hours', Y)))),
  q('QK031', 'DEV-001', 'what time did sofia leave yesterday', () => answer({ mentions: [clockOf('DEV-011', YESTERDAY, 'out')] })),
  q('QK032', 'DEV-001', 'did chris morgan check out yesterday?', () => checkedOut('DEV-006', false)),
  q('QK033', 'DEV-001', "lukas's clock-in time on tuesday?", () => answer({ mentions: [clockOf('DEV-004', sameDay(lastWeekday(2), YESTERDAY), 'in')] })),

  // Elena Petrova, QA.
  q('QK034', 'QA-001', 'who was absent on my team yesterday', () => people(some(whoWith(QA, 'absent', Y, undefined, 'QA-001')))),
  q('QK035', 'QA-001', 'was anybody late in QA yesterday?', () => yesNo(false, { people: none(whoWith(QA, 'late', Y, undefined, 'QA-001')) })),
  q('QK036', 'QA-001', 'qa attendance % yesterday', () => figures(rate(rateOf(QA, Y)))),
  q('QK037', 'QA-001', 'did peter show up yesterday', () => {
    if (personal('QA-006', 'absent', Y) !== 1) throw new Error('Peter Hansen was not absent yesterday');
    return yesNo(false, { people: ['QA-006'] });
  }),
  q('QK038', 'QA-001', 'anyone on my side forget to clock out yesterday?', () =>
    yesNo(false, { people: none(whoWith(QA, 'missingCheckOut', Y, undefined, 'QA-001')) }),
  ),
  q('QK039', 'QA-001', 'what time did grace check in and out yesterday', () =>
    answer({ mentions: [clockOf('QA-007', YESTERDAY, 'in'), clockOf('QA-007', YESTERDAY, 'out')] }),
  ),

  // The HR admin, for contrast.
  q('QK040', 'admin', 'who didnt check out yesterday, company wide', () => people(some(whoWith(EVERYONE, 'missingCheckOut', Y)))),
  q('QK041', 'admin', "yesterday's absentees, company wide", () => people(some(whoWith(EVERYONE, 'absent', Y)))),
  q('QK042', 'admin', 'company attendance rate yesterday?', () => figures(rate(rateOf(EVERYONE, Y)))),

  // Employees.
  q('QK043', 'DEV-003', 'did i check out ok yesterday', () => checkedOut('DEV-003', true)),
  q('QK044', 'QA-003', 'hrs i put in yesterday?', () => figures(hours(personal('QA-003', 'hours', Y)))),
  q('QK045', 'SEC-004', 'who on the security team was absent yesterday', () => outsideTeam('SEC')),
  q('QK046', 'DEV-003', 'who in DEV came in late yesterday', () => outsideTeam('DEV')),
  q('QK047', 'DAT-004', 'how many people were late yesterday in the company', () => outsideCompany()),
  q('QK048', 'QA-003', 'was peter hansen in yesterday', () => hiddenFrom('QA-003', 'QA-006')),
];
