/*
 * Two sides of one measure held against each other: answers given side by side (two periods, two people), or two
 * teams' figures in one line; the side named first (or the later period, for a move) is the one asked about.
 */
import { balances } from '../../services/assistant/answers/leave-answers';
import { sidesDifference, sidesVerdict } from '../../services/assistant/answers/sides-compared';
import type { Plan, Question } from '../../services/assistant/answers/plan';
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
    { team_id: 'DAT', team_name: 'Data' },
  ],
};
const question = (text: string): Question => ({ reading: readQuestion(text, context), people: [], employee_ids: [], context });

/** A side answering for one period with the sentence given. */
const side = (label: string, from: string, measure: string, sentence: string): Plan => ({
  intent: 'hours',
  measure,
  period: { from, to: from, label } as Plan['period'],
  calls: [{ name: 'hours_worked', input: { from } }],
  phrase: () => sentence,
});
const sideBySide = (measure: string, ...sides: Plan[]): Plan => ({
  intent: 'hours',
  measure,
  calls: sides.flatMap((s) => s.calls),
  sides,
  phrase: () => sides.map((s) => s.phrase([])).join(' '),
});

const OCTOBER_HOURS = side('october', '2025-10-01', 'hours', 'You worked 180.46 hours in october.');
const SEPTEMBER_HOURS = side('september', '2025-09-01', 'hours', 'You worked 193.23 hours in september.');

describe('two periods side by side', () => {
  it.each([
    ['did I work more hours in october than in september?', false],
    ['did I work fewer hours in october than in september?', true],
    ['did I work more hours in september than in october?', true],
  ])('when asked "%s", then the period named first is held against the other', (text, yes) => {
    const step = sideBySide('hours', OCTOBER_HOURS, SEPTEMBER_HOURS);
    expect(sidesVerdict(question(text), step, [{}, {}], step.phrase([]))).toBe(yes);
  });

  it('when asked whether a count got better, then fewer late days are better', () => {
    const step = sideBySide(
      'late',
      side('september', '2025-09-01', 'late', 'Team DEV, september: 24 days late in all.'),
      side('october', '2025-10-01', 'late', 'Team DEV, october: 12 days late in all.'),
    );
    expect(sidesVerdict(question("did DEV's lateness get better from september to october?"), step, [{}, {}], step.phrase([]))).toBe(true);
    expect(sidesVerdict(question("did DEV's late arrivals go up from september to october?"), step, [{}, {}], step.phrase([]))).toBe(false);
  });

  it('when the question asks neither way, then no yes or no is given', () => {
    const step = sideBySide('hours', OCTOBER_HOURS, SEPTEMBER_HOURS);
    expect(sidesVerdict(question('my hours in october and september'), step, [{}, {}], step.phrase([]))).toBeNull();
  });
});

describe('two teams in one line', () => {
  const text = 'Hours worked in october (2025-10-01 to 2025-10-31) by team: DEV 2427.33 hours, DAT 1708.74 hours.';
  const step: Plan = { intent: 'hours', measure: 'hours', calls: [{ name: 'hours_worked', input: {} }], phrase: () => text };

  it('when asked how many more, then the difference follows the figures', () => {
    expect(sidesDifference(question('how many more hours did Development log than Data in October?'), step, [{}], text)).toBe(' The difference: 718.59 hours.');
  });

  it('when no difference is asked, then none is added', () => {
    expect(sidesDifference(question('hours by team in October'), step, [{}], text)).toBe('');
  });
});

describe("two people's leave balances", () => {
  const person = (employee_id: string, name: string) => ({
    employee_id,
    name,
    team_id: 'DEV',
    position: 'Mid',
    job_title: null,
    status: 'active',
    hire_date: '2022-01-10',
    end_date: null,
  });

  it("when two people are asked about, then each one's balance is asked for, side by side, and held against the other", () => {
    const q: Question = {
      ...question('does Tom Becker have more annual leave left than Maria Gonzalez?'),
      people: [person('DEV-002', 'Tom Becker'), person('DEV-005', 'Maria Gonzalez')],
    };
    const step = balances(q, 'leave_balance') as Plan;
    expect(step.calls.map((c) => c.input.employee_id)).toEqual(['DEV-002', 'DEV-005']);
    const text = 'Tom Becker (DEV-002) in 2025: annual leave 20 days available. Maria Gonzalez (DEV-005) in 2025: annual leave 15 days available.';
    const sides = step.sides!.map((side, i) => ({ ...side, phrase: () => text.split('. ')[i]! }));
    expect(sidesVerdict(q, { ...step, sides }, [{}, {}], text)).toBe(true);
  });
});
