/*
 * Questions asked in passing (the seventieth to seventy-third practice sets): "Ravi Patel - in yet?", "has Zoe clocked
 * in?", "which of mine", "came in above DEV's mean", "up on last quarter", "compared to last?", "a year ago today",
 * "Q3 vs October", "which 3 testers", "the lowest-scoring mid", a team's median, a dated lead-in naming whom "he" is.
 */
import { teamsByAverageScore } from '../../services/assistant/answers/team-score-ranking';
import type { Plan } from '../../services/assistant/answers/plan';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { nameDistance } from '../../services/assistant/people-tools';
import { readPastLeadIn } from '../../services/assistant/reading/lead-in-sentences';
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
const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'QA-001', team_id: 'QA' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);

describe('whether someone is in today', () => {
  it.each([
    ['ravi patel - in yet?', 'did ravi patel check in today?'],
    ['Ravi Patel: here yet?', 'did ravi patel check in today?'],
    ['has Zoe clocked in?', 'did zoe check in today?'],
    ['Ivan checked in today?', 'did ivan check in today?'],
  ])('when asked "%s", then it is read as "%s"', (text, said) => {
    expect(read(text, manager).said).toBe(said);
  });

  it('when hours are clocked in a month, then the month stays a period', () => {
    expect(read('how many hours did i clock in october', { ...context, role: 'employee', employee_id: 'QA-003', team_id: 'QA' }).unused).toEqual([]);
  });

  it('when someone clocked in late more than 3 times, then the late days are counted', () => {
    expect(read('did Leo clock in late more than 3 times in October?', manager).measures).toEqual(['late']);
  });

  it('when a check-in is missing, then its dash is no question asked after a name', () => {
    expect(read('who is still missing a check-in today?').measures).toContain('not_checked_in');
  });
});

describe('periods said in passing', () => {
  it('when the rate is "up on last quarter", then this quarter is held against the last', () => {
    expect(read('is the company attendance rate up on last quarter?').quarters).toEqual(['2025-Q4', '2025-Q3']);
  });

  it('when "this quarter compared to last" leaves the unit unsaid, then it is the same unit', () => {
    expect(read("has QA's attendance improved this quarter compared to last?").quarters).toEqual(['2025-Q4', '2025-Q3']);
  });

  it('when a headcount is asked "a year ago today", then it is that day', () => {
    expect(read('what was our headcount a year ago today').range).toMatchObject({ from: '2024-11-19', to: '2024-11-19' });
  });

  it('when a day with no year is held against today, then it is the one gone by', () => {
    expect(read('headcount on 1 January vs today').ends).toEqual([
      expect.objectContaining({ from: '2025-01-01', to: '2025-01-01' }),
      expect.objectContaining({ from: '2025-11-19', to: '2025-11-19' }),
    ]);
    expect(read('headcount on 1 October versus today').ends?.[0]).toMatchObject({ from: '2025-10-01' });
  });

  it('when a quarter is set against a month, then each is an end', () => {
    expect(read('late arrivals company-wide: q3 vs october').ends).toEqual([
      { from: '2025-07-01', to: '2025-09-30', label: '2025-Q3' },
      expect.objectContaining({ from: '2025-10-01', to: '2025-10-31' }),
    ]);
  });

  it('when a dated lead-in names the person the question points back to, then the question is read with the name and its own period', () => {
    const { reading } = readPastLeadIn('Ben Carter has his 1:1 tomorrow. how many days was he absent last month?', context);
    expect(reading).toMatchObject({ names: ['ben carter'], measures: ['absent'], range: { from: '2025-10-01', to: '2025-10-31' } });
  });
});

describe('who, how many, and by what', () => {
  it('when a manager asks "which of mine", then it is their team', () => {
    expect(read('which of mine were under 90% attendance this month', manager).said).toContain('of the people in my team');
  });

  it('when people "came in above" a mean, then they scored above it', () => {
    expect(read("which DEV people came in above DEV's mean in Q3").said).toContain('scored above');
  });

  it.each([
    ['which 3 testers had the worst attendance rate in Q3', 3],
    ['lowest-scoring mid in AI for Q3?', 1],
  ])('when asked "%s", then %i are ranked', (text, limit) => {
    expect(read(text).limit).toBe(limit);
  });

  it('when leave someone "has had" is asked, then it is the leave taken', () => {
    expect(read('how much unpaid leave has daniel had this year').measures).toEqual(['leave_taken']);
  });

  it("when teams are ranked by their median, then each team's median of the quarter's scores ranks them", () => {
    const step = teamsByAverageScore({ reading: read('which team had the lowest median in Q3'), people: [], employee_ids: [], context }, ['2025-Q3']) as Plan;
    const items = [
      { team_id: 'DEV', final_score: 60 },
      { team_id: 'DEV', final_score: 90 },
      { team_id: 'DEV', final_score: 91 },
      { team_id: 'QA', final_score: 70 },
      { team_id: 'QA', final_score: 80 },
    ];
    expect(step.calls).toEqual([{ name: 'score_list', input: { period: '2025-Q3' } }]);
    expect(step.phrase([{ items }])).toBe('Teams by median final score in 2025-Q3, lowest first: 1. QA 75 (2 scores).');
  });
});

describe("the staff's words for leave, presence and moves", () => {
  const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'DEV-003', team_id: 'DEV' };
  it.each([
    ['did Peter Hansen come in yesterday', 'was peter hansen in yesterday'],
    ['who was missing on Friday in my team', 'who was absent on friday in my team'],
    ['has DEV stayed above 95% attendance this month?', 'is dev above 95% attendance this month?'],
    ['who in SEC moved up between q2 and q3?', 'who in sec improved between q2 and q3?'],
    ['who has passed the five-year mark with us', 'who has been here five years or more'],
    ['how many ppl on my team incl me', 'how many people on my team'],
    ['who has approved leave coming up that hasnt started yet', 'who has approved leave starting after today'],
    ['number of security analysts we have had, counting the ones who left', 'number of security analysts we have had, including leavers'],
    ['how many different people in QA were late at least once last week?', 'how many people in qa were late at least once last week?'],
    ['sick days granted to Ines Carvalho for 2025', "ines carvalho's sick leave balance for 2025"],
    ["what's QA's first holiday after christmas day?", "what's qa's next holiday after christmas day?"],
    ['who on my team has put in for leave in december?', 'who on my team has leave requests in december?'],
    ['company average score every quarter we have on record', 'company average score by quarter'],
    ['who topped each team in Q2?', 'top performer in each team in q2?'],
    ["hey its me kevin, when's my start date again", "when's my start date again"],
  ])('when asked "%s", then it is read as "%s"', (text, said) => {
    expect(read(text, manager).said).toBe(said);
  });

  it.each([["how many days will Arjun Mehta's unpaid leave in december cost"], ['how many days will my request for the 28th take off my balance?']])(
    'when asked "%s", then the request is asked for, whatever its state',
    (text) => {
      const reading = read(text, manager);
      expect(reading.measures).toEqual(['leave_requests']);
      expect(reading.filters.request_status).toBeUndefined();
      expect(reading.unused).toEqual([]);
    },
  );

  it('when an employee asks whom "we" hired, then the whole company is named, outside their scope', () => {
    expect(read('how many people did we hire this year', employee).said).toContain('did we hire');
  });
});

describe('a quarter two back, and a surname two letters off', () => {
  it('when "the quarter before last" is asked, then it is two quarters back', () => {
    expect(read('what did the AI team average the quarter before last').quarters).toEqual(['2025-Q2']);
  });

  it.each([
    ['lena hofman', 'Lena Hoffmann', true],
    ['hofman', 'Lena Hoffmann', false],
    ['marcus lea', 'Marcus Lee', true],
    ['lena hofmanns', 'Lena Hoffmann', true],
    ['john', 'Sarah Johnson', false],
  ])('when "%s" is looked up, then it means %s: %s', (said, name, found) => {
    expect(Number.isFinite(nameDistance(said, name))).toBe(found);
  });
});
