/*
 * The fifty-third set's classes: spoken shorthand ("v", "QA excluded", "as well as", "risen", "fell furthest", "the
 * biggest jump", "more … than anyone else", "clocked in late", "missing a check-in", "before the year is out"),
 * several asks joined by "+", "and which the worst", lead-ins about the asker ("I'm the QA manager.", "looking
 * after", "Sorting out my timesheet -"), which way "better or worse" went, and two periods compared in the order named.
 */
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { readPastLeadIn } from '../../services/assistant/reading/lead-in-sentences';
import { asksIn } from '../../services/assistant/reading/several-asks';
import { readQuestion } from '../../services/assistant/reading/reading';
import { recordsCompared } from '../../services/assistant/answers/yes-no-records';

const context: ConversationContext = {
  today: '2025-11-19',
  time_zone: 'UTC',
  role: 'admin',
  employee_id: null,
  team_id: null,
  teams: [
    { team_id: 'DEV', team_name: 'Development' },
    { team_id: 'QA', team_name: 'Quality Assurance' },
    { team_id: 'AI', team_name: 'Artificial Intelligence' },
    { team_id: 'SEC', team_name: 'Security' },
  ],
};
const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'QA-001', team_id: 'QA' };
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'QA-003', team_id: 'QA' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);

describe('spoken shorthand', () => {
  it.each([
    ['absence rate in QA last month v the month before', { absenceRate: true, teams: ['QA'] }],
    ['total headcount, QA excluded', { measures: ['headcount'], excluded: { teams: ['QA'] } }],
    ['has the overall average score risen from Q2 to Q3?', { statistic: 'mean_change', quarters: ['2025-Q2', '2025-Q3'] }],
    ['whose score fell furthest from Q2 to Q3?', { order: 'bottom', statistic: 'change' }],
    ['who had more late arrivals than anyone else last month?', { measures: ['late'], operation: 'rank' }],
    ['who is still missing a check-in today?', { measures: expect.arrayContaining(['not_checked_in']) }],
    ['which holidays are left before the year is out?', { measures: expect.arrayContaining(['holidays']), range: { from: '2025-11-19', to: '2025-12-31' } }],
    ['all my quarterly scores, oldest first', { measures: ['score'], me: true }],
  ])('when asked "%s", then it is read in the words the reader knows', (text, parts) => {
    const reading = read(text);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when someone is asked about as back from leave, then when they are back is answered, never a yes read off their leave', () => {
    expect(read('has Anna Berg returned from her leave?')).toMatchObject({ measures: ['leave_requests'], yesNo: false });
  });

  it('when "is all of QA checked in yet" is asked, then it is whether everyone has', () => {
    expect(read('is all of QA checked in yet?', manager)).toMatchObject({
      everyone: true,
      measures: expect.arrayContaining(['not_checked_in']),
      teams: ['QA'],
    });
  });
});

describe('several asks and lead-ins', () => {
  it('when asks are joined by "+", then each is asked', () => {
    expect(asksIn("pending leave on my team + who's off next week", manager)).toHaveLength(2);
  });

  it('when the other end is asked with no verb ("and which the worst"), then both ends are asked', () => {
    expect(asksIn('which team had the best attendance last month, and which the worst?', context)).toEqual([
      'which team had the best attendance last month',
      'which team had the worst attendance last month',
    ]);
  });

  it.each([
    ["I'm looking after the DEV team this week. Who's been late?", context, { teams: ['DEV'], measures: expect.arrayContaining(['late']) }],
    ["I'm the QA manager. Is anyone on my team waiting on a leave approval?", manager, { filters: { request_status: 'pending' } }],
    ['Sorting out my timesheet - how many hours did I work last week?', employee, { measures: ['hours'], me: true, names: [] }],
  ])('when the message opens "%s", then the lead-in is why they ask, not a name', (text, as, parts) => {
    const { reading } = readPastLeadIn(text, as);
    expect(reading).toMatchObject(parts);
    expect(reading.names).toEqual([]);
    expect(reading.unused).toEqual([]);
  });
});

describe('two periods compared in the order the question named them', () => {
  it('when the answer gives the later month first, then "better in October than in September" is October against September', () => {
    const q = { reading: read('was my attendance better in October than in September?', employee), people: [], employee_ids: [], context: employee };
    const text =
      'You in october (2025-10-01 to 2025-10-31): an attendance rate of 100%. You in september (2025-09-01 to 2025-09-30): an attendance rate of 95.45%.';
    expect(recordsCompared(q, 'my_attendance', 'attendance_rate', text)).toBe(true);
    expect(
      recordsCompared({ ...q, reading: read('was my attendance better in September than in October?', employee) }, 'my_attendance', 'attendance_rate', text),
    ).toBe(false);
  });
});

describe('the rest of the fifty-third set', () => {
  it('when a leave request is asked for with "what dates?", then the request is asked for (its dates come with it)', () => {
    expect(read('my pending leave request - what dates?', employee)).toMatchObject({ measures: ['leave_requests'], unused: [] });
  });

  it('when a ranking is joined by "plus the company average", then both are asked, the average in the same quarter', () => {
    expect(asksIn('top 3 in Q3 plus the company average', context)).toEqual(['top 3 in Q3', 'the company average in 2025-Q3']);
  });
});

describe('the fifty-fourth set’s classes', () => {
  it.each([
    ['who has approved leave coming up after today?', { measures: ['leave_requests'], filters: { request_status: 'approved' } }],
    ['leave calendar for the week of 1 September', { measures: expect.arrayContaining(['on_leave']), range: { from: '2025-09-01', to: '2025-09-07' } }],
    ['anyone in QA on leave the week after next?', { range: { from: '2025-12-01', to: '2025-12-07' } }],
    ['holidays between now and the end of the year', { measures: ['holidays'], range: { from: '2025-11-19', to: '2025-12-31' } }],
    ['did I miss any check-outs in October', { measures: ['missing_check_out'] }],
    ['how many holidays do i have in december', { measures: ['holidays'], range: { from: '2025-12-01', to: '2025-12-31' } }],
  ])('when asked "%s", then it is read as meant', (text, parts) => {
    const reading = read(text, employee);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when asked whether someone takes too much leave, then the judgement is named back', () => {
    expect(read('is Zoe taking too much leave?', manager).notHeld).toBe('too much');
  });
});

describe('the fifty-fifth set’s classes: phone shorthand and questions buried in long messages', () => {
  it.each([
    ['pending lv reqs how many', { measures: ['leave_requests'], filters: { request_status: 'pending' } }],
    ['nxt public hol', { measures: ['holidays'] }],
    ['ppl hired b4 2020', { measures: expect.arrayContaining(['hires']), range: { to: '2019-12-31' } }],
    ['att rate qtr so far', { measures: ['attendance_rate'], range: { from: '2025-10-01' } }],
    ['when did james wilson strt', { measures: ['hires'] }],
    ['whos been in sec longest', { measures: expect.arrayContaining(['tenure']), teams: ['SEC'], operation: 'rank' }],
  ])('when asked "%s", then it is read as written out', (text, parts) => {
    const reading = read(text);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when the question is one sentence among greetings, reasons and thanks, then that sentence is read', () => {
    const { text, reading } = readPastLeadIn(
      "Hiya, sorry to bother you again today! We're reconciling timesheets with an agency and I need the total hours worked by the AI team last month. Thanks a bunch!",
      context,
    );
    expect(text).toMatch(/^I need the total hours/);
    expect(reading).toMatchObject({ measures: ['hours'], teams: ['AI'], range: { from: '2025-10-01', to: '2025-10-31' } });
  });

  it('when the other sentences name a level, a team or a person the question lacks, then the message is read whole', () => {
    expect(readPastLeadIn('Only seniors please. Who was late yesterday?', context).text).toMatch(/^Only seniors/);
    expect(readPastLeadIn('Tom Becker vs Marcus Lee — number of times late in October', context).text).toMatch(/^Tom Becker/);
  });
});
