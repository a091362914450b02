import { readQuestion } from '../../services/assistant/reading/reading';
import { compose } from '../../services/assistant/answers/compose';
import { parsedOf } from '../../services/assistant/reading/parsed';
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

describe('a question read in parts', () => {
  const today = '2025-04-16';
  const read = (question: string, who: Partial<ConversationContext> = {}) => readQuestion(question, context(today, who));

  it('when a team is named by code, by name, misspelt or by a word of its name beside "team", then it is found; a lone lower-case word is not', () => {
    expect(read('How many employees are in QA?').teams).toEqual(['QA']);
    expect(read('how many people work in quality assurance').teams).toEqual(['QA']);
    expect(read('headcount of the dev team').teams).toEqual(['DEV']);
    expect(read('how many ppl in Quality Assurence').teams).toEqual(['QA']);
    expect(read('headcount for Artifical Inteligence').teams).toEqual(['AI']);
    expect(read('how many in DEVV').teams).toEqual(['DEV']);
    expect(read('the assurance team headcount').teams).toEqual(['QA']);
    expect(read('how many employees said ai is great').teams).toEqual([]);
  });

  it('when words of the question are misspelt, then they are read as meant', () => {
    expect(read('my attendence last week').measures).toContain('attendance_rate');
    expect(read('top 3 perfomers in 2025-Q1')).toMatchObject({ operation: 'rank', order: 'top', limit: 3, quarters: ['2025-Q1'] });
    expect(read('avg perf score for DEV').statistic).toBe('mean');
  });

  it('when a question names a period, then every kind of period is read', () => {
    expect(read('attendance from 1 Sep to 15 Sep 2025').range).toMatchObject({ from: '2025-09-01', to: '2025-09-15' });
    expect(read('average score from Q2 to Q3 2025').quarters).toEqual(['2025-Q2', '2025-Q3']);
    expect(read('average score for 2024-Q1 to 2024-Q4').quarters).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(read('who improved between 2025-Q1 and 2025-Q3')).toMatchObject({ quarters: ['2025-Q1', '2025-Q3'], pair: true, statistic: 'change' });
    expect(read('absences since february').range).toMatchObject({ from: '2025-02-01', to: today });
    expect(read('who is off next week').range).toMatchObject({ from: '2025-04-21', to: '2025-04-27' });
    expect(read('hired before 2021').range).toMatchObject({ to: '2020-12-31' });
  });

  it('when a threshold, a ranking, a position or a status is stated, then it is read as such', () => {
    expect(read('who was late more than twice last month')).toMatchObject({ operation: 'threshold', threshold: { comparison: 'more', value: 2 } });
    expect(read('who scored above 85 in 2025-Q3').threshold).toEqual({ comparison: 'more', value: 85, percent: false });
    expect(read('average score for AI over 2025').threshold).toBeNull();
    expect(read('highest scorer in Q3 2025')).toMatchObject({ operation: 'rank', limit: 1 });
    expect(read('which seniors are in QA')).toMatchObject({ filters: { position: 'Senior' }, teams: ['QA'] });
    expect(read('headcount including leavers').filters.status).toBe('any');
  });

  it("when one person's record is asked over all time, then it is a period from the start of tracking, not a status filter", () => {
    for (const question of [
      "Lucas Moreau's attendance since tracking started",
      "Lucas Moreau's attendance of all time",
      'Lucas Moreau absences since records began',
    ]) {
      const reading = read(question);
      expect({ question, from: reading.range?.from, to: reading.range?.to, status: reading.filters.status, unused: reading.unused }).toEqual({
        question,
        from: '2000-01-01',
        to: today,
        status: undefined,
        unused: [],
      });
    }
    // On people counts "all time" still takes in the leavers.
    expect(read('all-time headcount').filters.status).toBe('any');
  });

  it('when a person is named, then the name is to be looked up; the caller\'s own id reads as "me"', () => {
    expect(read("what is Ravi Patel's job").names).toEqual(['ravi patel']);
    expect(read("chris's attendance last week").names).toEqual(['chris']);
    const self = { role: 'employee' as const, employee_id: 'DEV-012', team_id: 'DEV' };
    expect(read('attendance of DEV-012 last week', self)).toMatchObject({ me: true, employee_ids: [] });
    expect(read('attendance of DEV-013 last week', self)).toMatchObject({ me: false, employee_ids: ['DEV-013'] });
    expect(read('best 2 performers in my team', { role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' })).toMatchObject({ me: false, teams: ['DEV'] });
  });

  it('when a word constrains the question and nothing applies it, then it is left unused and no figures are planned', () => {
    for (const question of [
      'headcount of the Paris office',
      'employees earning over 50k',
      'attendance per fortnight',
      'predict next quarter scores',
      'how many seniors have a dog',
    ]) {
      const reading = read(question);
      const step = compose({ reading, people: [], employee_ids: [], context: context(today) });
      expect({ question, calls: 'calls' in step }).toEqual({ question, calls: false });
      expect('text' in step && step.text).toMatch(/can't/);
    }
    expect(read('how many seniors have a dog').unused).toEqual(['dog']);
  });

  it('when every word of a question is applied, then nothing is unused', () => {
    for (const question of [
      'How many employees are in QA?',
      'What was the attendance rate last week?',
      'Who are the top 5 performers in 2025-Q2?',
      'who is off next week',
      'my annual leave balance',
      'pending requests for my team',
      'next public holiday',
      'median score in 2025-Q3',
      'who forgot to check out yesterday',
      'longest serving employee in DEV',
    ]) {
      expect({ question, unused: read(question, { role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' }).unused }).toEqual({ question, unused: [] });
    }
  });
});

describe('a holiday asked for by its name', () => {
  const today = '2025-11-19';
  const read = (question: string) => readQuestion(question, context(today));
  const calendar = {
    holidays: [
      { date: '2025-09-12', name: 'QA Offsite', team_id: 'QA', half: 'am' },
      { date: '2025-12-24', name: 'Christmas Eve', team_id: null, half: 'pm' },
      { date: '2025-12-25', name: 'Christmas Day', team_id: null, half: null },
      { date: '2025-12-26', name: 'Boxing Day', team_id: null, half: null },
    ],
  };
  const answer = (question: string) => {
    const step = compose({ reading: read(question), people: [], employee_ids: [], context: context(today) });
    if (!('calls' in step)) throw new Error(`no calls for ${question}`);
    expect(step.calls.map((c) => c.name)).toEqual(['holidays']);
    return step.phrase([calendar]);
  };

  it('when a holiday is named, then it is read as the holiday, not a person, and its weekday or month is not the period', () => {
    expect(read('when is Christmas')).toMatchObject({ holidayName: 'christmas', names: [], unused: [] });
    expect(read('are we off on Boxing Day')).toMatchObject({ holidayName: 'boxing day', names: [], unused: [] });
    expect(read('is Easter Monday a holiday')).toMatchObject({ holidayName: 'easter monday', range: null });
    expect(parsedOf(read('when is Christmas'), [], undefined).filters).toMatchObject({ holiday_name: 'christmas' });
  });

  it('when people are asked about on a holiday, then the name is not taken for the calendar', () => {
    expect(read('who is off on Boxing Day').holidayName).toBeNull();
    expect(read('attendance on Halloween for everyone').holidayName).toBeNull();
  });

  it('when a holiday is named, then the calendar days of that name are answered, or none by that name', () => {
    expect(answer('when is Christmas')).toBe('Christmas Eve on 2025-12-24 (afternoon only); Christmas Day on 2025-12-25.');
    expect(answer('are we off on boxing day')).toBe('Boxing Day on 2025-12-26.');
    expect(answer('when was the offsite')).toBe('QA Offsite on 2025-09-12 (morning only) (team QA).');
    expect(answer('is Easter Monday a holiday')).toMatch(/^There is no holiday called easter monday /);
  });
});

describe('leave, holidays and what the assistant will not do', () => {
  // A Monday: next week is 1–7 December; December named without a year is the coming one.
  const today = '2025-11-24';
  const withSec = { teams: [...context(today).teams, { team_id: 'SEC', team_name: 'Security' }] };
  const read = (question: string, who: Partial<ConversationContext> = {}) => readQuestion(question, context(today, { ...withSec, ...who }));
  const step = (question: string, who: Partial<ConversationContext> = {}) =>
    compose({ reading: read(question, who), people: [], employee_ids: [], context: context(today, { ...withSec, ...who }) });
  const calls = (question: string, who: Partial<ConversationContext> = {}) => {
    const s = step(question, who);
    if (!('calls' in s)) throw new Error(`no calls for ${question}: ${s.text}`);
    return s.calls;
  };
  const refusal = (question: string) => {
    const s = step(question);
    if ('calls' in s) throw new Error(`answered ${question}`);
    return s.text;
  };
  const employee = { role: 'employee' as const, employee_id: 'DAT-004', team_id: 'DAT' };

  it('when "leave" is the noun of "how much", then it is a balance: the caller\'s own, or a named person\'s', () => {
    expect(read('how much leave do i have', employee)).toMatchObject({ me: true, measures: ['leave_balance'], unused: [] });
    expect(calls('how much leave do i have', employee)).toEqual([{ name: 'leave_balances', input: { year: 2025 } }]);
    expect(read('how much leave has Sofia Rossi got')).toMatchObject({ names: ['sofia rossi'], measures: ['leave_balance'], unused: [] });
    expect(read('how much leave did i take', employee).measures).toEqual(['leave_taken']);
  });

  it('when "leave" is a verb or a team "lost" people, then it is leavers in the period', () => {
    const manager = { role: 'manager' as const, employee_id: 'QA-001', team_id: 'QA' };
    expect(read('anyone leave my team this year', manager)).toMatchObject({ measures: ['leavers'], teams: ['QA'], unused: [] });
    expect(read('did anyone leave QA last year')).toMatchObject({ measures: ['leavers'], teams: ['QA'], unused: [] });
    expect(read('how many people are on leave today').measures).not.toContain('leavers');
    expect(calls('how many people has the AI team lost this year')).toEqual([
      { name: 'employment_dates', input: { team_id: 'AI', status: 'any', left_from: '2025-01-01', left_to: today } },
    ]);
  });

  it('when leave is asked by state and period, then the requests whose dates overlap it are listed, booked ahead included', () => {
    expect(calls('who has approved leave in december')).toEqual([
      { name: 'leave_requests', input: { status: 'approved', from: '2025-12-01', to: '2025-12-31' } },
    ]);
    expect(calls('pending leave requests for december')).toEqual([
      { name: 'leave_requests', input: { status: 'pending', from: '2025-12-01', to: '2025-12-31' } },
    ]);
    // Approved this year: the whole calendar year, approved leave later in it included.
    const s = step('how many leave requests have been approved this year');
    expect('calls' in s && s.calls).toEqual([{ name: 'leave_requests', input: { status: 'approved', from: '2025-01-01', to: '2025-12-31' } }]);
    expect(parsedOf(read('how many leave requests have been approved this year'), [], s)).toMatchObject({
      measure: 'leave_requests',
      period: { from: '2025-01-01', to: '2025-12-31' },
      filters: { request_status: 'approved', dates: 'overlapping' },
      operation: 'count',
      unused: [],
    });
    // In the past tense a month gone by is that one.
    expect(calls('which leave requests were approved in march')[0]!.input).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    // A month without a year is this year's: October gone by is October 2025, December to come is December 2025.
    expect(calls('holidays in october')).toEqual([{ name: 'holidays', input: { from: '2025-10-01', to: '2025-10-31' } }]);
    expect(calls('holidays in december')).toEqual([{ name: 'holidays', input: { from: '2025-12-01', to: '2025-12-31' } }]);
  });

  it('when people are "out", "away" or "OOO" ahead of today, then it is approved leave, as "off" is', () => {
    const off = calls('who is off next week');
    expect(off[0]!.input).toMatchObject({ from: '2025-12-01', to: '2025-12-07', status: 'on_leave' });
    for (const question of ["who's out next week", 'who is away next week', 'who is OOO next week', 'who is out of office next week'])
      expect({ question, calls: calls(question) }).toEqual({ question, calls: off });
    expect(read('who forgot to check out yesterday').measures).toContain('missing_check_out');
  });

  it('when public holidays "left" are counted, then they are the calendar\'s from today to the year end; a team\'s day is found by its name', () => {
    expect(calls('how many public holidays are left this year')).toEqual([{ name: 'holidays', input: { from: today, to: '2025-12-31' } }]);
    expect(read('when is the security team day', { role: 'employee', employee_id: 'SEC-004', team_id: 'SEC' })).toMatchObject({
      holidayName: 'security team day',
      unused: [],
    });
    const s = step('when is the security team day', { role: 'employee', employee_id: 'SEC-004', team_id: 'SEC' });
    if (!('calls' in s)) throw new Error('no calls');
    expect(s.phrase([{ holidays: [{ date: '2025-12-01', name: 'Security Team Day', team_id: 'SEC', half: null }] }])).toBe(
      'Security Team Day on 2025-12-01 (team SEC).',
    );
  });

  it('when the question orders a change, then it is refused by its verb with the route that makes it, never answered with a read', () => {
    expect(refusal('approve all the pending leave requests')).toMatch(/can't approve .*POST \/leave-requests\/\{id\}\/approve/);
    expect(refusal('please reject DEV-003 leave request')).toMatch(/can't reject .*POST \/leave-requests\/\{id\}\/reject/);
    expect(refusal('book me off on 22 december')).toMatch(/can't book .*POST \/leave-requests\b/);
    expect(refusal('delete the christmas holiday')).toMatch(/can't delete .*DELETE \/holidays\/\{holiday_id\}/);
    expect(refusal('fire DEV-014')).toMatch(/can't fire .*PUT \/employees\/\{id\} with status inactive/);
    expect(refusal('hire someone for QA')).toMatch(/can't hire .*POST \/employees/);
    // Nouns, not orders.
    expect(read('change in average score from Q2 to Q3').action).toBeNull();
    expect(read('hire date of DEV-003').action).toBeNull();
    expect(read('update me on attendance last week').action).toBeNull();
    expect(parsedOf(read('approve all the pending leave requests'), [], step('approve all the pending leave requests'))).toMatchObject({
      measure: 'action',
      filters: { action: 'approve' },
    });
  });

  it('when a prediction or data the service does not hold is asked, then the refusal names it', () => {
    expect(refusal('who is likely to call in sick next week')).toMatch(/predict/);
    expect(refusal('how many training courses did the dev team complete')).toMatch(/training/);
    expect(refusal('expenses claimed by QA last month')).toMatch(/expenses/);
  });
});
