/*
 * The twentieth session's classes: periods listed apart ("Sep, Oct and Nov so far", "week 44, 45 and 46", "wk 45,
 * wk 46 and so far this week"), each answered; numbered weeks as a span ("wk 43 to wk 46"); two periods of which the
 * reading kept one ("last week and the week before"); a later part that only names another period; the month before last.
 */
import { compose } from '../../services/assistant/answers/compose';
import { isPlan } from '../../services/assistant/answers/plan';
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
  ],
};
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'DEV-003', team_id: 'DEV' };
const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'QA-001', team_id: 'QA' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);
const step = (text: string, as: ConversationContext = context) => compose({ reading: read(text, as), people: [], employee_ids: [], context: as });
const spans = (text: string, as: ConversationContext = context) => {
  const plan = step(text, as);
  if (!isPlan(plan)) throw new Error(`not a plan: ${JSON.stringify(plan)}`);
  return plan.calls.map((c) => `${String(c.input.from)}..${String(c.input.to)}`);
};

describe('periods listed apart', () => {
  it.each([
    ['our attendance rate in Sep, Oct and Nov so far', ['september', 'october', 'november so far']],
    ['my hours in week 44, 45 and 46', ['week 44 of 2025', 'week 45 of 2025', 'week 46 of 2025']],
    ['how many hours did I do in wk 45, wk 46 and so far this week?', ['week 45 of 2025', 'week 46 of 2025', 'this week']],
    ['attendance rate week 44 and 45', ['week 44 of 2025', 'week 45 of 2025']],
  ])('when asked "%s", then each period is read', (text, labels) => {
    expect(read(text).listed?.map((r) => r.label)).toEqual(labels);
    expect(read(text).unused).toEqual([]);
  });

  it('when a single month, a span or two months compared are asked, then nothing is listed', () => {
    expect(read('attendance rate in September').listed).toBeNull();
    expect(read('attendance rate from September to November').listed).toBeNull();
    expect(read('attendance rate in September and October').listed).toBeNull();
  });

  it("when an employee lists three weeks of their hours, then each week's hours are asked for", () => {
    expect(spans('my hours in week 44, 45 and 46', employee)).toEqual(['2025-10-27..2025-11-02', '2025-11-03..2025-11-09', '2025-11-10..2025-11-16']);
  });

  it("when three months' rates are listed, then each month's rate is asked for, the last up to today", () => {
    const asked = spans('DEV attendance rate in Sep, Oct and Nov so far');
    expect(asked).toHaveLength(3);
    expect(asked[0]).toMatch(/^2025-09-01\.\.2025-09-30/);
    expect(asked[2]).toMatch(/^2025-11-01\.\.2025-11-19/);
  });

  it("when a team's hours are asked for last week and the week before, then both weeks are asked for", () => {
    expect(spans('how many hours did my team work last week and the week before', manager)).toEqual(['2025-11-03..2025-11-09', '2025-11-10..2025-11-16']);
  });
});

describe('numbered weeks as a span, and the month before last', () => {
  it.each([
    ['attendance rate from wk 43 to wk 46', '2025-10-20', '2025-11-16'],
    ["my team's late arrivals week by week, wk 44-46", '2025-10-27', '2025-11-16'],
    ['late arrivals weeks 45 through 46 of 2025', '2025-11-03', '2025-11-16'],
  ])('when asked "%s", then the span runs from the first week\'s Monday to the last\'s Sunday', (text, from, to) => {
    expect(read(text).range).toMatchObject({ from, to });
  });

  it('when the month before last is asked, then it is two months back, not last month', () => {
    expect(read('attendance the month before last').range).toMatchObject({ from: '2025-09-01', to: '2025-09-30' });
    expect(read('attendance the month before last', { ...context, today: '2025-03-31' }).range).toMatchObject({ from: '2025-01-01', to: '2025-01-31' });
  });
});

describe('a later part that only names another period', () => {
  it('when "also the week before" follows a question, then it is one question over both weeks', () => {
    expect(asksIn('how many hours did my team work last week? also the week before', manager)).toEqual([
      'how many hours did my team work last week and the week before',
    ]);
    expect(asksIn('late arrivals in QA last month. What about the month before?', context)).toEqual(['late arrivals in QA last month and the month before']);
  });

  it('when the later part asks something of its own, then the questions stay apart', () => {
    expect(asksIn('how many hours did my team work last week? also who was late', manager)).toHaveLength(2);
  });
});

describe('the fifty-first set’s other classes', () => {
  it('when two weekdays are asked of in the past tense, then they are the ones gone by, and the span with them', () => {
    const reading = read('who on my team was absent on thursday and on friday', manager);
    expect(reading.ends?.map((end) => end.from)).toEqual(['2025-11-13', '2025-11-14']);
    expect(reading.range).toMatchObject({ from: '2025-11-13', to: '2025-11-14' });
  });

  it('when the highest and lowest score in each team are asked, then each team is asked for, never everyone pooled', () => {
    const plan = step('highest and lowest score in each team last quarter');
    expect(isPlan(plan) && plan.calls.map((c) => c.input.team_id)).toEqual(['DEV', 'QA']);
  });

  it('when a headcount is listed beside another figure with commas, then both are asked for', () => {
    const plan = step('for DEV: headcount, attendance rate last month');
    expect(isPlan(plan) && plan.calls.map((c) => c.name)).toEqual(['list_employees', expect.stringMatching(/attendance/)]);
  });

  it("when a team's people are asked for with their job titles, then each is named with their title", () => {
    const plan = step('who is on the QA team and what are their job titles');
    const people = [
      { employee_id: 'QA-001', name: 'Elena Petrova', team_id: 'QA', position: 'Manager', job_title: 'QA Manager', status: 'active' },
      { employee_id: 'QA-002', name: 'Marcus Lee', team_id: 'QA', position: 'Lead', job_title: null, status: 'active' },
    ];
    expect(isPlan(plan) && plan.phrase([{ count: 2, employees: people, not_listed: 0 }])).toBe(
      '2 active employees in QA: Elena Petrova (QA-001): QA Manager, Marcus Lee (QA-002): no job title.',
    );
  });
});

describe('the fifty-second set’s classes', () => {
  it('when a time of day is asked ("before 8 this morning"), then it is named back, never dropped', () => {
    expect(read('who checked in before 8 this morning?').notHeld).toBe('before 8');
  });

  it('when a score is asked for each grade, then the breakdown by level is named back, not read as a score', () => {
    expect(read('average score for each grade in Q3').notHeld).toBe('for each level');
    expect(read('Lukas Novak grade in Q3').measures).toEqual(['score']);
  });
});
