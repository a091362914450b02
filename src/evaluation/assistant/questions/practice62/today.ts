/*
 * practice62 — today, first thing: who on the team has checked in, who has not yet, who came in late, who is on leave,
 * what time someone got in. API.md: today is open — it has no absentees, only people not checked in yet; a record made
 * this morning stands as it is (late is late). A manager's "my team" list must be the same with and without the manager
 * (else it throws); the admin and the employees ask the same things for contrast.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, figures, people, type Question } from '../../expectation';
import { EVERYONE, none, recordAt, some, teamOf } from '../../oracle/practice62-figures';
import { checkedInToday, clockOf, lateToday, notInYet, onLeaveOn } from '../../oracle/practice62-lists';
import { hiddenFrom, inN, outsideTeam, whichOne, yesNo } from '../../oracle/practice62-team';
import { misspelt } from '../../oracle/practice59-figures';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');

/** "Is X in?": yes when they have a record today, naming them; no when they are expected and have none yet. */
function isIn(id: string, truth: boolean) {
  const r = recordAt(id, TODAY);
  if ((r !== undefined) !== truth) throw new Error(`${id} ${truth ? 'has not' : 'has'} checked in today`);
  return yesNo(truth, { people: [id] });
}
/** "What time did X get in today": the time of their check-in. */
const timeIn = (id: string) => answer({ mentions: [clockOf(id, TODAY, 'in')] });

export const TODAY_QUESTIONS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK001', 'DEV-001', 'morning! who from my team hasnt clocked in yet', () => people(some(notInYet(DEV, 'DEV-001')))),
  q('QK002', 'DEV-001', 'is tom in today?', () => isIn('DEV-002', false)),
  q('QK003', 'DEV-001', 'anyone in my team roll in late this morning', () => yesNo(false, { people: none(lateToday(DEV, 'DEV-001')) })),
  q('QK004', 'DEV-001', 'who in my lot is on leave today', () => people(none(onLeaveOn(DEV, TODAY, 'DEV-001')))),
  q('QK005', 'DEV-001', 'how many of my guys still havent checked in?', () => figures(inN(some(notInYet(DEV, 'DEV-001')).length))),
  q('QK006', 'DEV-001', 'what time did aisha get in today', () => timeIn('DEV-003')),
  q('QK007', 'DEV-001', 'has daniel checked in yet', () => isIn('DEV-008', false)),
  q('QK008', 'DEV-001', 'did Chloe make it in on time today? what time', () => {
    if (recordAt('DEV-013', TODAY)?.status !== 'present') throw new Error('Chloe was not on time today');
    return yesNo(true, { mentions: [clockOf('DEV-013', TODAY, 'in')] });
  }),
  q('QK009', 'DEV-001', 'is omar hadad in today', () => isIn(misspelt('omar hadad', 'DEV-010'), false)),

  // Elena Petrova, QA.
  q('QK010', 'QA-001', 'anyone on my side come in late this morning?', () => yesNo(true, { people: some(lateToday(QA, 'QA-001')) })),
  q('QK011', 'QA-001', 'which of my testers are still not in', () => people(some(notInYet(QA, 'QA-001')))),
  q('QK012', 'QA-001', 'is zoe in yet', () => isIn('QA-009', false)),
  q('QK013', 'QA-001', 'what time did fatima check in this morning', () => timeIn('QA-003')),
  q('QK014', 'QA-001', 'is anybody in my team on leave today', () => yesNo(false, { people: none(onLeaveOn(QA, TODAY, 'QA-001')) })),
  q('QK015', 'QA-001', 'has Ivan clocked in', () => isIn('QA-010', true)),

  // The HR admin, for contrast.
  q('QK016', 'admin', 'who in DEV hasnt checked in yet today', () => people(some(notInYet(DEV)))),
  q('QK017', 'admin', 'how many people in QA have checked in so far today?', () => figures(inN(some(checkedInToday(QA)).length))),
  q('QK018', 'admin', 'late arrivals this morning, whole company', () => people(some(lateToday(EVERYONE)))),
  q('QK019', 'admin', 'anyone on leave today? whole company', () => people(some(onLeaveOn(EVERYONE, TODAY)))),
  q('QK020', 'admin', 'is chris in today', () => whichOne('admin', 'Chris')),

  // Employees, about themselves (and across the edge of their scope).
  q('QK021', 'DEV-003', 'my check in time today?', () => timeIn('DEV-003')),
  q('QK022', 'QA-003', 'did i make it in on time this morning', () => {
    if (recordAt('QA-003', TODAY)?.status !== 'late') throw new Error('QA-003 was on time today');
    return yesNo(false, { mentions: [clockOf('QA-003', TODAY, 'in')] });
  }),
  q('QK023', 'SEC-004', 'who on my team hasnt checked in yet today', () => outsideTeam('SEC')),
  q('QK024', 'DEV-003', 'is tom in yet?', () => hiddenFrom('DEV-003', 'DEV-002')),
];
