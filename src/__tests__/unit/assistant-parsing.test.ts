import { parseQuestion } from '../../services/assistant/question.parser';
import { parseDateRange, parsePeriod } from '../../services/assistant/time-expression.parser';
import type { ConversationContext } from '../../services/assistant/llm-client.port';

const context = (today: string, who: Partial<ConversationContext> = {}): ConversationContext => ({
  today,
  time_zone: 'UTC',
  role: 'admin',
  employee_id: null,
  team_id: null,
  teams: [
    { team_id: 'DEV', team_name: 'Development' },
    { team_id: 'QA', team_name: 'Quality Assurance' },
    { team_id: 'AI', team_name: 'Artificial Intelligence' },
  ],
  ...who,
});

describe('date ranges in questions', () => {
  it.each([
    ['last week, asked on a Monday', 'last week', '2025-04-14', ['2025-04-07', '2025-04-13']],
    ['last week, asked on a Sunday', 'last week', '2025-04-13', ['2025-03-31', '2025-04-06']],
    ['this week', 'this week', '2025-04-16', ['2025-04-14', '2025-04-16']],
    ['last month in January', 'last month', '2025-01-10', ['2024-12-01', '2024-12-31']],
    ['last month in a leap February', 'last month', '2024-03-05', ['2024-02-01', '2024-02-29']],
    ['a month not yet reached this year', 'in December', '2025-04-16', ['2024-12-01', '2024-12-31']],
    ['a month of this year', 'in March', '2025-04-16', ['2025-03-01', '2025-03-31']],
    ['a month and year', 'in February 2024', '2025-04-16', ['2024-02-01', '2024-02-29']],
    ['yesterday across a month', 'yesterday', '2025-03-01', ['2025-02-28', '2025-02-28']],
    ['a written range', 'from 2025-04-01 to 2025-04-03', '2025-04-16', ['2025-04-01', '2025-04-03']],
    ['the last N days', 'the last 3 days', '2025-04-16', ['2025-04-14', '2025-04-16']],
  ])('%s', (_what, text, today, expected) => {
    const range = parseDateRange(text, today);
    expect(range && [range.from, range.to]).toEqual(expected);
  });

  it('when nothing names a day, then null (the caller picks a documented default)', () => {
    expect(parseDateRange('How many employees are in QA?', '2025-04-16')).toBeNull();
    expect(parseDateRange('top 5 performers in 2025-Q2', '2025-04-16')).toBeNull();
  });
});

describe('quarters in questions', () => {
  it.each([
    ['2025-Q1', '2025-Q1'],
    ['q3 2024', '2024-Q3'],
    ['Q2, 2023', '2023-Q2'],
    ['the second quarter of 2024', '2024-Q2'],
    ['last quarter', '2024-Q4'],
    ['this quarter', '2025-Q1'],
    ['in Q4', '2025-Q4'],
    ['no quarter here', null],
  ])('%s → %s', (text, expected) => expect(parsePeriod(text, '2025-02-10')).toBe(expected));
});

describe('intents and entities', () => {
  const today = '2025-04-16';
  it('when a team is named by code, by name or in lower case beside "team", then it is found; a lone lower-case word is not', () => {
    expect(parseQuestion('How many employees are in QA?', context(today)).call).toEqual({ name: 'list_employees', input: { team_id: 'QA' } });
    expect(parseQuestion('how many people work in quality assurance', context(today)).call?.input).toEqual({ team_id: 'QA' });
    expect(parseQuestion('headcount of the dev team', context(today)).call?.input).toEqual({ team_id: 'DEV' });
    expect(parseQuestion('how many employees said ai is great', context(today)).call?.input).toEqual({});
  });

  it('when an employee id is asked about, then it is looked up, and the caller\'s own id reads as "my"', () => {
    expect(parseQuestion('who is dev-012', context(today)).call).toEqual({ name: 'find_employee', input: { employee_id: 'DEV-012' } });
    const self = context(today, { role: 'employee', employee_id: 'DEV-012', team_id: 'DEV' });
    expect(parseQuestion('attendance of DEV-012 last week', self)).toMatchObject({ intent: 'my_attendance', call: { name: 'employee_attendance', input: { from: '2025-04-07', to: '2025-04-13' } } });
    expect(parseQuestion('attendance of DEV-013 last week', self)).toMatchObject({ intent: 'employee_attendance', call: { input: { employee_id: 'DEV-013' } } });
  });

  it('when two teams are named, then scores are compared in the order asked', () => {
    expect(parseQuestion('Quality Assurance versus Development scores in Q1 2025', context(today))).toMatchObject({
      intent: 'score_comparison',
      call: { name: 'score_summary', input: { period: '2025-Q1', team_ids: ['QA', 'DEV'] } },
    });
  });

  it('when no day is named, then late/absent means yesterday, a rate means last week, issues mean last month and "my attendance" this month', () => {
    expect(parseQuestion('who was late?', context(today)).call?.input).toEqual({ date: '2025-04-15', status: 'late' });
    expect(parseQuestion('attendance rate', context(today)).call?.input).toEqual({ from: '2025-04-07', to: '2025-04-13' });
    expect(parseQuestion('attendance issues', context(today)).call?.input).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(parseQuestion('my attendance', context(today, { employee_id: 'DEV-001' })).call?.input).toEqual({ from: '2025-04-01', to: today });
  });

  it('when a person is named where an id is needed, then the answer asks for the id instead of giving team figures', () => {
    expect(parseQuestion("How was Alice Archer's attendance last week?", context(today))).toMatchObject({ intent: 'unsupported', limitation: expect.stringContaining('Who is Alice Archer?') });
    expect(parseQuestion('scores of Bruno Baker in Q1 2025', context(today)).intent).toBe('unsupported');
    expect(parseQuestion("Quality Assurance's attendance last week", context(today))).toMatchObject({ intent: 'attendance_summary', call: { input: { team_id: 'QA' } } });
  });

  it('when a question cannot be answered, then no tool is called and nothing is guessed', () => {
    for (const question of ['What is the meaning of life?', 'Who will be absent next Monday?', 'What is the salary of DEV-002?', "What was Alice Archer's score?"]) {
      const parsed = parseQuestion(question, context(today));
      expect(parsed.intent).toBe('unsupported');
      expect(parsed.call).toBeUndefined();
    }
  });
});
