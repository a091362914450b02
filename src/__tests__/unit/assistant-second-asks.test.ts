/*
 * A second ask that leans on the first: "…, and was it better than Q2?" (yes or no on the figure just given), "what's
 * left, and have I used any?", "the newest starter, and what do they do?"; two spans of days compared however their
 * ends are written; and the days behind a count of missing check-outs, which never include today's open day.
 */
import { largestTeams } from '../../services/assistant/answers/headcounts-by-team';
import { headcountsCompared, meansMove } from '../../services/assistant/answers/yes-no-groups';
import { recordDays } from '../../services/assistant/answers/record-days';
import { buriedQuestion } from '../../services/assistant/reading/buried-question';
import { withContextResolved } from '../../services/assistant/reading/context-sentences';
import { hiredCohort } from '../../services/assistant/reading/hired-cohort';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { asksIn } from '../../services/assistant/reading/several-asks';
import { readQuestion } from '../../services/assistant/reading/reading';

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
  ],
};
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'DEV-003', team_id: 'DEV' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);

describe('a judgement asked after the figure', () => {
  it.each([
    'how did I score in Q3, and was it better than Q2?',
    "what's left of my annual leave allowance, and have I used any yet this year?",
    'my attendance in october, and was it higher than september?',
  ])('when asked "%s", then it is answered yes or no first', (text) => {
    expect(read(text, employee).yesNo).toBe(true);
  });

  it.each(['how did I score in Q3 and Q2?', 'what is my annual leave balance and my sick leave balance?'])(
    'when "%s" asks no judgement, then no yes or no is given',
    (text) => {
      expect(read(text, employee).yesNo).toBe(false);
    },
  );
});

describe('two spans of days compared', () => {
  it.each([
    ['Attendance 1 Sep to 15 Sep compared with 1 Oct to 15 Oct, whole company', ['2025-09-01', '2025-09-15', '2025-10-01', '2025-10-15']],
    ['late arrivals nov 3 to nov 7 vs nov 10 - 14', ['2025-11-03', '2025-11-07', '2025-11-10', '2025-11-14']],
    ['attendance 1 to 15 september against 1 to 15 october', ['2025-09-01', '2025-09-15', '2025-10-01', '2025-10-15']],
  ])('when asked "%s", then each span keeps its own days', (text, [a, b, c, d]) => {
    expect(read(text).ends).toMatchObject([
      { from: a, to: b },
      { from: c, to: d },
    ]);
  });

  it('when one span is asked, then it is one period', () => {
    expect(read('attendance from 1 Sep to 15 Sep')).toMatchObject({ range: { from: '2025-09-01', to: '2025-09-15' }, pair: false });
  });
});

describe('a second ask for what the first one gives anyway', () => {
  it.each([
    ["who has been here longest in QA, and what's their role?", 'who has been here longest in QA and what they do?'],
    ['newest starter in AI? and what do they do', 'newest starter in AI and what they do?'],
    ['who in Security has been here longest, and since when?', 'who in Security has been here longest?'],
    ['pending leave requests - who has one, and starting when?', 'pending leave requests?'],
    ["Yuki Tanaka's leave request - which dates, and is it approved yet?", "is Yuki Tanaka's leave request approved yet?"],
    ['did Peter Hansen cancel his December leave? which day was it', "is Peter Hansen's December leave cancelled?"],
    ['did Sofia Rossi start before Mei Lin? give me both start dates', 'did Sofia Rossi start before Mei Lin?'],
  ])('when asked "%s", then it is one question: "%s"', (text, one) => {
    expect(asksIn(text, context)).toEqual([one]);
  });

  it('when the second ask is a question of its own, then both are asked', () => {
    expect(asksIn('who in Security has been here longest, and who was late yesterday?', context)).toHaveLength(2);
  });
});

describe('idioms of hiring and ranking', () => {
  it.each([
    ['Which people did we take on this quarter?', { measures: expect.arrayContaining(['hires']), range: { from: '2025-10-01' } }],
    ['biggest score jump from Q2 to Q3 - who, and how many points?', { quarters: ['2025-Q2', '2025-Q3'] }],
    ['did Sofia Rossi start before Mei Lin?', { names: expect.arrayContaining(['sofia rossi', 'mei lin']), yesNo: true }],
    ['what time did I clock in and out on 2025-11-05', { checkTimes: 'both' }],
    ['what time did I clock in on 2025-11-05, and when did I leave', { checkTimes: 'both' }],
  ])('when asked "%s", then it is read as meant', (text, parts) => {
    const reading = read(text, /\b(?:i|my)\b/i.test(text) ? employee : context);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });
});

describe('the days behind missing check-outs', () => {
  const row = (date: string, missing: boolean) => ({ date, status: 'present', check_in_time: '09:00:00', check_out_time: null, missing_check_out: missing });
  const question = (text: string) => ({ reading: read(text, employee), people: [], employee_ids: [], context: employee });

  it("when today's record has no check-out yet, then it is not named as a missed one", () => {
    const days = recordDays(question('my missing check-outs since august'), 'missing_check_out', {
      from: '2025-08-01',
      to: '2025-11-19',
      records: [row('2025-08-20', true), row('2025-11-19', false)],
    });
    expect(days).toContain('2025-08-20');
    expect(days).not.toContain('2025-11-19');
  });
});

describe('the question in a long message', () => {
  it.each([
    [
      "Morning! Sarah Johnson from Data has already sent over her team's numbers. I just need one company figure. What was the attendance rate for the whole company last week?",
      'What was the attendance rate for the whole company last week?',
    ],
    [
      "Morning. We're reviewing the attendance policy after a complaint came in from the QA floor. Which teams had an attendance rate below 90% in October?",
      'Which teams had an attendance rate below 90% in October?',
    ],
    [
      "Hello! Mohammed Saleh is back from his week off and his manager wants a catch-up with him. Before that happens: what was Mohammed's attendance rate in October?",
      "what was Mohammed's attendance rate in October?",
    ],
    [
      "Marcus is running stand-up for me this week while I'm stuck in workshops. Before I hand over, what was the QA attendance rate last week? Thanks in advance!",
      'what was the QA attendance rate last week?',
    ],
    [
      "Hi! Wei wants his team broken out later, and Olivia asked for Security's too, but that can wait. First things first: how many active employees do we have right now?",
      'how many active employees do we have right now?',
    ],
  ])('when the context names teams, people or levels in passing, then "%s" is asked as "%s"', (message, question) => {
    expect(buriedQuestion(message, context)?.text).toBe(question);
  });

  it.each([
    "Mohammed's attendance was about 86% in October. Mark him as present for the days he was absent.",
    'Mohammed Saleh v Ahmed Ali — who joined first?',
    'ravi patel vs maria gonzalez: change in score from q2 to q3',
  ])('when the other sentences are what is asked, or whom, then "%s" is not read past them', (message) => {
    expect(buriedQuestion(message, context)).toBeNull();
  });
});

describe("hires and teams in people's words", () => {
  it('when "the 2024 hires" are asked about, then they are people picked by hire date', () => {
    expect(hiredCohort('average Q3 score for the 2024 hires', '2025-11-19').hired).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('when the largest or smallest team is asked, then the one at that end is named, ties together', () => {
    const sorted = [
      { team: 'DEV', count: 14 },
      { team: 'QA', count: 10 },
    ];
    expect(largestTeams('which team is the largest by headcount', sorted)).toBe('Largest: DEV (14 employees).');
    expect(largestTeams('headcount by team', sorted)).toBeNull();
    expect(
      largestTeams('smallest team', [
        { team: 'SEC', count: 7 },
        { team: 'AI', count: 7 },
      ]),
    ).toBe('Smallest: SEC and AI (7 employees).');
  });

  it.each([
    ['who was our most recent leaver?', { measures: ['leavers'], order: 'bottom' }],
    ['which team has the fewest people?', { measures: expect.arrayContaining(['headcount']), order: 'bottom' }],
  ])('when asked "%s", then it is read as meant', (text, parts) => {
    const reading = read(text);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });
});

describe("the asker in passing, and a manager's team", () => {
  const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
  it("when the context says the asker was cc'd on another team's email, then the question about their own team is read", () => {
    expect(
      buriedQuestion(
        "Just saw an email from the QA side about their lates, no idea why I was cc'd. How many late arrivals did my team have in September?",
        manager,
      )?.text,
    ).toBe('How many late arrivals did my team have in September?');
  });
});

describe('context the question points back to', () => {
  it('when two people are named and the question asks of "each of them", then the context is not set aside', () => {
    const message =
      "Zoe Adams and Leo Martins have both had a few days out recently. I'm meeting them separately on Thursday. How many days has each of them been absent this month so far?";
    expect(withContextResolved(message, '2025-11-19', context.teams)).toBe(message);
  });

  it('when the context names an employee id, then "who is that" and "they" are that employee, never the team of the id', () => {
    expect(
      withContextResolved('Payroll flagged employee DEV-015 as missing a timesheet. Who is that, and what team are they on?', '2025-11-19', context.teams),
    ).toBe('Who is DEV-015, and what team is DEV-015 on?');
  });
});

describe('two groups side by side, yes or no or which way', () => {
  const question = (text: string) => ({ reading: read(text), people: [], employee_ids: [], context });
  it('when one team is asked to have more people than another, then their counts decide it', () => {
    expect(headcountsCompared(question('does QA have more people than AI?'), 'employee_count', [{ count: 10 }, { count: 9 }])).toBe(true);
    expect(headcountsCompared(question('does QA have fewer people than AI?'), 'employee_count', [{ count: 10 }, { count: 9 }])).toBe(false);
  });

  it("when a group's average is asked better or worse between two quarters, then the later is set against the earlier", () => {
    const text =
      'In 2025-Q2, the average final score among Juniors is 70.12, over 11 scores. In 2025-Q3, the average final score among Juniors is 69.64, over 11 scores.';
    expect(meansMove(question('juniors average Q2 vs Q3 - better or worse?'), 'score_statistics', text)).toBe('down');
  });
});
