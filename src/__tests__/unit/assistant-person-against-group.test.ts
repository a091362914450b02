/*
 * One person held against a group's line, said the short way: "below DEV's rate", "above the team rate", "X vs the
 * company average - is he above it?"; leave "at the end of November", which is that month's last week; and two
 * periods' hires or leavers held against each other.
 */
import { againstAverage } from '../../services/assistant/answers/against-average';
import { countedPeople } from '../../services/assistant/answers/measure-groups';
import type { Plan, Question } from '../../services/assistant/answers/plan';
import { sidesVerdict } from '../../services/assistant/answers/sides-compared';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { foldedAsks } from '../../services/assistant/reading/folded-asks';
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

describe('hires and leavers of two periods held against each other', () => {
  const side = (label: string, from: string, measure: string, sentence: string): Plan => ({
    intent: measure,
    measure,
    period: { from, to: from, label } as Plan['period'],
    calls: [{ name: measure, input: { from } }],
    phrase: () => sentence,
  });
  const bothYears = (measure: string, last: string, now: string): Plan => {
    const sides = [side('last year', '2024-01-01', measure, last), side('this year', '2025-01-01', measure, now)];
    return { intent: measure, measure, calls: sides.flatMap((s) => s.calls), sides, phrase: () => `${last} ${now}` };
  };
  const question = (text: string): Question => ({ reading: read(text), people: [], employee_ids: [], context });

  it.each([
    ['did we hire more people this year than last year?', 'hires', '7 hires from 2024-01-01 to 2024-12-31.', '7 hires from 2025-01-01 to 2025-11-19.', false],
    ['did we hire fewer people last year than this year?', 'hires', 'Nobody hired from 2024-01-01 to 2024-12-31: no hires.', '2 hires from 2025-01-01.', true],
    ['were there more leavers this year than last year?', 'leavers', 'Nobody left (last day) from 2024-01-01: no leavers.', '3 leavers from 2025-01-01.', true],
  ])('when asked "%s", then the side named first is held against the other', (text, measure, last, now, yes) => {
    const step = bothYears(measure, last, now);
    expect(sidesVerdict(question(text), step, [{}, {}], step.phrase([]))).toBe(yes);
  });

  it('when people are counted as hires, then no headcount is asked beside them', () => {
    expect(read('how many people were hired this year vs last year?').measures).toEqual(expect.arrayContaining(['hires']));
    expect(countedPeople(['hires', 'headcount'])).toEqual(['hires']);
    expect(countedPeople(['headcount'])).toEqual(['headcount']);
  });
});

describe('what the old sets still found', () => {
  it.each([
    ["who's the newest person on my team and when did they start?", "who's the newest person on my team?"],
    ['Who had the most absences in September? Top 3.', 'Who had the most absences in September, Top 3?'],
    ['hires + leavers ytd', 'hires and leavers ytd'],
  ])('when "%s" is asked, then it is one question: "%s"', (text, folded) => {
    expect(foldedAsks(text)).toBe(folded);
  });

  it('when an employee asks who joined the company, then the company is kept, to be refused as outside their scope', () => {
    expect(read('who joined the company in October?', { ...context, role: 'employee', employee_id: 'DAT-004', team_id: 'DAT' }).said).toContain('the company');
    expect(read('on which date did I join the company?').said).not.toContain('company');
  });

  it.each([['seniors over 40 who were absent in September'], ['people aged 30 in QA']])('when "%s" is asked, then the age is named as not kept', (text) => {
    expect(read(text).notHeld).toMatch(/^(?:over|aged) \d\d$/);
  });

  it.each([['staff over 40 hours last week'], ['employees over 90% attendance in october'], ['people over 10 days absent this year']])(
    'when "%s" is asked, then the line is no age',
    (text) => {
      expect(read(text).notHeld).toBeNull();
    },
  );
});
