/*
 * A period's hires split by who is still here, who has left, or their level; years named apart each answered; "the last
 * quarter of 2024"; a day of this month said in a sentence of context; "and does it count as late".
 */
import { hiresSplit } from '../../services/assistant/answers/hires-split';
import type { Person, Plan, Question } from '../../services/assistant/answers/plan';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { withContextResolved } from '../../services/assistant/reading/context-sentences';
import { readQuestion } from '../../services/assistant/reading/reading';
import { parsePeriod } from '../../services/assistant/time-expression.parser';

const context: ConversationContext = {
  today: '2025-11-19',
  time_zone: 'UTC',
  role: 'admin',
  employee_id: null,
  team_id: null,
  teams: [
    { team_id: 'DEV', team_name: 'Development' },
    { team_id: 'QA', team_name: 'Quality Assurance' },
  ],
};
const read = (text: string) => readQuestion(text, context);
const YEAR_2023 = { from: '2023-01-01', to: '2023-12-31', label: '2023' };

const person = (employee_id: string, position: string, end_date: string | null): Person => ({
  employee_id,
  name: `Person ${employee_id}`,
  team_id: employee_id.slice(0, employee_id.indexOf('-')),
  position,
  job_title: null,
  status: end_date === null ? 'active' : 'inactive',
  hire_date: '2023-03-01',
  end_date,
});
const HIRED = [person('DEV-1', 'Junior', null), person('QA-2', 'Senior', '2025-09-30'), person('QA-3', 'Junior', null)];

function answered(text: string, part: Parameters<typeof hiresSplit>[2]): string {
  const q: Question = { reading: read(text), people: [], employee_ids: [], context };
  const step = hiresSplit(q, YEAR_2023, part) as Plan;
  const those = HIRED.filter((p) => ('status' in part ? p.status === part.status : p.position === part.position));
  return step.phrase([{ people: HIRED }, { people: those }]);
}

describe("a period's hires split by who is still here or has left", () => {
  it.each([
    ['of the people who joined in 2023, how many are still with us?', 'active'],
    ['which 2023 joiners have since left?', 'inactive'],
    ['of our 2022 hires, who is no longer here', 'inactive'],
    ['is everyone we hired in 2024 still here?', 'active'],
  ])('when asked "%s", then the hires are read with that status, and no leavers or headcount beside them', (text, status) => {
    const reading = read(text);
    expect(reading.measures).toEqual(['hires']);
    expect(reading.filters.status).toBe(status);
  });

  it('when hires and leavers are asked together, then both are asked and no status is set', () => {
    const reading = read('hires and leavers in 2024');
    expect(reading.measures).toEqual(expect.arrayContaining(['hires', 'leavers']));
    expect(reading.filters.status).toBeUndefined();
  });

  it('when asked who has since left, then only the leaver is listed, with both counts', () => {
    const text = answered('which 2023 joiners have since left?', { status: 'inactive' });
    expect(text).toMatch(
      /^1 person has left, of the 3 hired from 2023-01-01 to 2023-12-31: Person QA-2 \(QA-2, QA\), last day 2025-09-30; 2 still employed\.$/,
    );
    expect(text).not.toContain('DEV-1');
  });

  it('when asked whether everyone is still here and one has left, then the answer is no', () => {
    expect(answered('is everyone we hired in 2023 still here?', { status: 'active' })).toMatch(
      /^No: 2 people are still employed, of the 3 hired .*: .*; 1 left\.$/,
    );
  });

  it('when asked whether all the hires were juniors and one was not, then the answer is no, naming the juniors', () => {
    const text = answered("were all of 2023's hires juniors?", { position: 'Junior' });
    expect(text).toMatch(/^No: 2 people are Juniors, of the 3 hired .*: Person DEV-1 .*, Person QA-3 .*; 1 not Junior\.$/);
  });
});

describe('years named apart', () => {
  it.each([
    ['hires in 2023 and 2024', ['2023', '2024']],
    ['How many people joined in 2024, and how many in 2023?', ['2024', '2023']],
    ['leavers in 2024 vs 2025', ['2024', '2025']],
  ])('when asked "%s", then each year is a period of its own, in the order said', (text, years) => {
    expect(read(text).listed?.map((r) => r.from.slice(0, 4))).toEqual(years);
  });

  it.each(['attendance from 2024 to 2025', 'score in q1 2025 and q2 2024', 'people hired in 2023 who left in 2025'])(
    'when "%s" names a span, quarters or a year for each verb, then no years are listed apart',
    (text) => {
      expect(read(text).listed).toBeNull();
    },
  );
});

describe('a quarter of a named year', () => {
  it.each([
    ['avg score for the last quarter of 2024?', '2024-Q4'],
    ['the final quarter of 2024', '2024-Q4'],
    ['last quarter', '2025-Q3'],
  ])('when asked "%s", then the quarter is %s', (text, quarter) => {
    expect(parsePeriod(text, '2025-11-19')).toBe(quarter);
  });
});

describe('the context names a day of this month', () => {
  it('when the question asks about "that day", then it is the day the context names', () => {
    const text = withContextResolved(
      'Sofia took the afternoon of the 18th off. She says she still put in a decent morning. How many hours did she work that day?',
      '2025-11-19',
    );
    expect(text).toBe('How many hours did Sofia work on 2025-11-18?');
  });
});

describe('a figure, then whether it counts', () => {
  it.each(['what time did I check in today, and does it count as late?', 'what time did i check in yesterday and was i late'])(
    'when asked "%s", then it is answered yes or no',
    (text) => {
      expect(read(text).yesNo).toBe(true);
    },
  );
});
