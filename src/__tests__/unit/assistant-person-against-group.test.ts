/*
 * One person held against a group's line, said the short way: "below DEV's rate", "above the team rate", "X vs the
 * company average - is he above it?"; and leave "at the end of November", which is that month's last week.
 */
import { againstAverage } from '../../services/assistant/answers/against-average';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { readQuestion } from '../../services/assistant/reading/reading';

const context: ConversationContext = {
  today: '2025-11-19',
  time_zone: 'UTC',
  role: 'admin',
  employee_id: null,
  team_id: null,
  teams: [
    { team_id: 'DEV', team_name: 'Development' },
    { team_id: 'AI', team_name: 'Artificial Intelligence' },
  ],
};
const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);

describe("a person against a group's rate", () => {
  it.each([
    ["is Lukas Novak's october attendance below DEV's rate?", context],
    ["is Lukas Novak's attendance in october above DEV's attendance rate?", context],
    ["is Lukas Novak's attendance in october below the team rate?", manager],
  ])('when asked "%s", then the person is compared with the group and every word is applied', (text, as) => {
    const reading = read(text, as);
    expect(reading.operation).toBe('compare');
    expect(reading.names).toContain('lukas novak');
    expect(reading.unused).toEqual([]);
    expect(reading.range).toMatchObject({ from: '2025-10-01', to: '2025-10-31' });
  });

  it("when asked who in a team is below the team's rate, then it is the people on that side of the team's own rate", () => {
    const reading = read('who in DEV is below the team rate in october?');
    const step = againstAverage({ reading, people: [], employee_ids: [], context });
    expect(step).toMatchObject({
      intent: 'attendance_by_rate',
      operation: 'threshold',
      period: { from: '2025-10-01', to: '2025-10-31' },
      calls: [{ name: 'attendance_rates_by_person', input: { from: '2025-10-01', to: '2025-10-31', team_id: 'DEV' } }],
    });
    expect(reading.unused).toEqual([]);
  });
});

describe('a comparison said first, its question after a dash', () => {
  it.each([
    ['Felix Wagner vs the company average score in Q3 - is he above it?', 'is felix wagner above the company average score in q3?'],
    ['Lukas vs the team rate in october — is he below it?', 'is lukas below the team rate in october?'],
  ])('when asked "%s", then it is read as "%s"', (text, said) => {
    expect(read(text, manager).said).toBe(said);
  });

  it('when the dash asks something else, then the comparison is left as typed', () => {
    expect(read('Felix Wagner vs Kevin in Q3 - who scored more?').said).not.toMatch(/^is /);
  });
});

describe('leave at the end of a month', () => {
  it.each([["maria's leave at the end of november - how many days is it?"], ['who is off towards the end of november?']])(
    'when asked "%s", then the period is the month\'s last week',
    (text) => {
      expect(read(text, manager).range).toMatchObject({ from: '2025-11-24', to: '2025-11-30' });
    },
  );

  it('when no leave is asked about, then the end of a month stays its last day', () => {
    expect(read('attendance rate at the end of october').range).toMatchObject({ from: '2025-10-31', to: '2025-10-31' });
  });
});
