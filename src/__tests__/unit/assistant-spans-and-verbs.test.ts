/*
 * The eighteenth session's reading classes: a span with today, tomorrow or yesterday as one end, verbs of change over
 * time that are no team's name, what is left of a period, who works with whom (not held), and a day still open; then
 * the forty-fourth and forty-sixth sets' classes: terse and run-together words, a weekday with a date, a weekday ahead
 * for what is booked, days worked, several of one subject's totals at once, a team ranked by a measure beside it.
 */
import { compose } from '../../services/assistant/answers/compose';
import { isPlan } from '../../services/assistant/answers/plan';
import { teamsAgainstCountLine } from '../../services/assistant/answers/team-count-line';
import { teamsByScoreChange } from '../../services/assistant/answers/team-score-ranking';
import { recordsCompared, recordsMove, scoreAgainstMean } from '../../services/assistant/answers/yes-no-records';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { totalsLine } from '../../services/assistant/answers/totals-line';
import { withContextResolved } from '../../services/assistant/reading/context-sentences';
import { withoutCourtesies } from '../../services/assistant/reading/courtesies';
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
const read = (text: string) => readQuestion(text, context);
const span = (text: string) => {
  const { range } = read(text);
  return range && [range.from, range.to];
};

describe('a span with a day named by where it stands as one end', () => {
  it.each([
    ['working days between tomorrow and 31 December', ['2025-11-20', '2025-12-31']],
    ['working days between today and 31 December', ['2025-11-19', '2025-12-31']],
    ['working days from tomorrow until 31 December', ['2025-11-20', '2025-12-31']],
    ['who was late between yesterday and today', ['2025-11-18', '2025-11-19']],
    ['who is on leave between tomorrow and 5 December', ['2025-11-20', '2025-12-05']],
  ])('when asked "%s", then both ends are kept', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it('when only tomorrow is named, then it is that day alone', () => {
    expect(span('who is on leave tomorrow')).toEqual(['2025-11-20', '2025-11-20']);
  });
});

describe('the last so many days, weeks or months, and other spans to today', () => {
  it.each([
    ['attendance rate last 3 weeks', ['2025-10-30', '2025-11-19']],
    ['attendance rate previous 3 weeks', ['2025-10-30', '2025-11-19']],
    ['who was absent the past three months', ['2025-08-20', '2025-11-19']],
    ['attendance rate last ten days', ['2025-11-10', '2025-11-19']],
    ['attendance rate from the 1st to today', ['2025-11-01', '2025-11-19']],
    ['who was late from the 3rd until yesterday', ['2025-11-03', '2025-11-18']],
    ['attendance rate for the past quarter', ['2025-07-01', '2025-09-30']],
  ])('when asked "%s", then the whole span is read and no word is left over', (text, expected) => {
    const reading = read(text);
    expect([reading.range?.from, reading.range?.to]).toEqual(expected);
    expect(reading.unused).toEqual([]);
  });

  it.each([
    ['who was late mid-October', 'mid-october'],
    ['who was late in early November', 'early november'],
    ['attendance rate in the past 10 working days', 'past 10 working days'],
  ])('when asked "%s", then the period it cannot bound is named back', (text, word) => {
    expect(read(text).notHeld).toBe(word);
  });

  it('when mid-level people are asked about, then that is a position, not a period', () => {
    expect(read('how many mid-level people in DEV').notHeld).toBeNull();
  });
});

describe('what is left of a period', () => {
  it.each([
    ['how many working days are left this year?', ['2025-11-20', '2025-12-31']],
    ['working days remaining this month', ['2025-11-20', '2025-11-30']],
    ['how many working days left in the quarter', ['2025-11-20', '2025-12-31']],
  ])('when asked "%s", then it is from tomorrow to the end, working days counted', (text, expected) => {
    const reading = read(text);
    expect([reading.range?.from, reading.range?.to]).toEqual(expected);
    expect(reading.measures).toContain('working_days');
    expect(reading.unused).toEqual([]);
  });

  it('when asked about xmas week, then it is the week of Christmas', () => {
    const reading = read('xmas week who is off');
    expect([reading.holidayName, reading.holidayUse]).toEqual(['christmas', 'week_of']);
  });
});

describe('a verb of change over time', () => {
  it.each(['how did the average score develop over the quarters', 'how has the average score moved quarter by quarter', 'how have scores developed'])(
    'when asked "%s", then it is a trend of everyone, not the Development team',
    (text) => {
      const reading = read(text);
      expect(reading.teams).toEqual([]);
      expect(reading.operation).toBe('trend');
      expect(reading.unused).toEqual([]);
    },
  );

  it('when the team is named by its name, then it is still read', () => {
    expect(read('how did Development score last quarter').teams).toEqual(['DEV']);
  });
});

describe('who works with whom', () => {
  it.each(['who worked with Ben Carter', 'who has worked closely with DEV-012'])('when asked "%s", then it is not held, not their hours', (text) => {
    expect(read(text).notHeld).toMatch(/with$/);
  });
});

describe('a day still open', () => {
  const totals = { expected: 48, rated_days: 0, on_leave: 1, present: 33, late: 2, half_day: 0, absent: 0, missing_check_out: 0, average_rate: null };

  it('when only today is asked, then the line says the day is still open rather than that nobody was expected', () => {
    const line = totalsLine(totals);
    expect(line).toMatch(/^no attendance rate yet \(today is still open/);
    expect(line).toContain('48 expected days: 33 present');
    expect(line).toContain('1 day on leave');
  });

  it('when nobody was expected, then the line says so', () => {
    expect(totalsLine({ ...totals, expected: 0, present: 0, late: 0, on_leave: 0 })).toMatch(/^no attendance rate \(no one was expected at work\)/);
  });

  it('when the span has a rate, then it leads', () => {
    expect(totalsLine({ ...totals, average_rate: 0.9664, rated_days: 13 })).toMatch(/^96\.64% attendance rate over 48 expected days/);
  });
});

describe('terse and run-together words', () => {
  it.each([
    ['attendence rate lst wk', ['2025-11-10', '2025-11-16']],
    ['QA attendance lastweek %', ['2025-11-10', '2025-11-16']],
    ['late ppl 2day?', ['2025-11-19', '2025-11-19']],
    ['whowas absent yday', ['2025-11-18', '2025-11-18']],
  ])('when asked "%s", then the period is read and no word is left over', (text, expected) => {
    const reading = read(text);
    expect([reading.range?.from, reading.range?.to]).toEqual(expected);
    expect(reading.unused).toEqual([]);
  });

  it.each([
    ['who is most new in data team', 'newest'],
    ['is QA attendance more bad than DEV this month', 'worse'],
    ['howmany late arrival lastweek', 'how many'],
  ])('when asked "%s", then it is read as "%s"', (text, word) => {
    expect(read(text).said).toContain(word);
  });
});

describe('a weekday with a date, and a weekday ahead for what is booked', () => {
  it.each([
    ['am i off on friday 28th', '2025-11-28'],
    ['who was late on fri the 5th', '2025-12-05'],
    ['who is on leave on Tuesday?', '2025-11-25'],
    ['who was on leave on Tuesday?', '2025-11-18'],
    ['who was absent on Tuesday', '2025-11-18'],
  ])('when asked "%s", then the day is %s', (text, day) => {
    expect(read(text).range).toMatchObject({ from: day, to: day });
  });
});

describe("a subject's days, several at once", () => {
  const first = (text: string) => {
    const reading = read(text);
    const step = compose({ reading, people: [], employee_ids: [], context });
    return isPlan(step) ? [step.measure, step.calls[0]?.name, step.calls[0]?.input] : step.text;
  };

  it.each([
    ['how many days did Ravi work in August?', 'present'],
    ['how many days was Anna Berg in the office in August', 'present'],
    ['Lucas Moreau in September - days of leave and days absent', 'on_leave'],
  ])('when asked "%s", then the days %s are what is measured', (text, measure) => {
    expect(read(text).measures).toContain(measure);
  });

  it("when a team's days absent are set against its days on leave, then its totals answer both", () => {
    expect(first('DEV in October: days absent vs days on leave')).toEqual([
      'attendance_rate',
      'attendance_rate',
      { from: '2025-10-01', to: '2025-10-31', team_id: 'DEV' },
    ]);
  });

  it('when asked which team had the worst attendance in a month, tersely, then teams are ranked', () => {
    expect(read('worst attendance team in septembre').teamsRanked).toBe(true);
  });

  it('when working days are asked for the week of a named half-day holiday, then working days are counted', () => {
    expect(read('working days in the week of the Autumn Half Day').measures).toEqual(['working_days']);
  });

  it('when asked which month had the worst attendance, then ranking periods is named back', () => {
    expect(read('which month worst attendance this year').notHeld).toBe('which month');
  });
});

describe('the forty-fourth and forty-fifth sets: the rest of a period, leave ahead, judgements and periods ranked', () => {
  it.each([
    ['leave calendar for the rest of November', ['2025-11-19', '2025-11-30']],
    ['who is off for the rest of the month', ['2025-11-19', '2025-11-30']],
    ['how many working days for the rest of the year', ['2025-11-19', '2025-12-31']],
  ])('when asked "%s", then it is from today to the end, no word left over', (text, expected) => {
    const reading = read(text);
    expect([reading.range?.from, reading.range?.to]).toEqual(expected);
    expect(reading.unused).toEqual([]);
  });

  it.each([
    ["what was DEV's best quarter for scores", 'which quarter'],
    ['which week had most late arrivals', 'which week'],
  ])('when asked "%s", then ranking periods is named back', (text, word) => {
    expect(read(text).notHeld).toBe(word);
  });

  it('when asked whether someone is a worse employee than another, then it is a judgement, not a headcount', () => {
    expect(read('is Chris Walker a worse employee than Nina Kowalski?').action).toMatchObject({ verb: 'judge', decision: 'worse' });
  });

  it.each([
    ['did Peter Hansen cancel his leave?', 'has peter hansen cancelled any leave'],
    ['approved leave that has not started yet', 'approved leave starting after today'],
    ['What leave has Yuki Tanaka requested?', "yuki tanaka's leave requests"],
    ['when is the next public or team holiday on my calendar?', 'when is the next holiday'],
    ['is my attendance better this month than last?', 'this month than last month'],
  ])('when asked "%s", then it is read as "%s"', (text, said) => {
    expect(read(text).said).toContain(said);
  });
});

describe('yes or no from two records side by side, and teams ranked by their move', () => {
  const asked = (text: string, people = 0) => ({
    reading: read(text),
    people: Array.from({ length: people }, (_, i) => ({
      employee_id: `P-00${i}`,
      name: `P${i}`,
      team_id: 'DEV',
      position: 'Mid',
      job_title: null,
      status: 'active',
      hire_date: '2020-01-01',
      end_date: null,
    })),
    employee_ids: [],
    context,
  });
  const record = (rate: number, late: number) => `an attendance rate of ${rate}%, 1 day absent, ${late} late, 13 present`;

  it('when two people are compared by late arrivals, then the first named is held against the second', () => {
    const q = asked('did julia fischer have more late arrivals than felix wagner in october?', 2);
    expect(recordsCompared(q, 'employee_attendance', 'late', `Julia: ${record(86, 5)}. Felix: ${record(95, 8)}.`)).toBe(false);
    expect(recordsCompared(q, 'employee_attendance', 'late', `Julia: ${record(86, 9)}. Felix: ${record(95, 8)}.`)).toBe(true);
  });

  it('when a period named first is the later one, then it is the one held against the other', () => {
    const q = asked("is Ben Carter's attendance better this month than last");
    // Answered in the calendar's order: last month, then this month.
    expect(recordsCompared(q, 'employee_attendance', 'attendance', `Last: ${record(69.77, 1)}. This: ${record(90.91, 2)}.`)).toBe(true);
    expect(recordsCompared(q, 'employee_attendance', 'attendance', `Last: ${record(95, 1)}. This: ${record(90.91, 2)}.`)).toBe(false);
  });

  it('when asked up or down between two months, then the later figure against the earlier says which', () => {
    const q = asked('did my attendance go up or down from september to october?');
    expect(recordsMove(q, 'my_attendance', 'attendance', `September: ${record(100, 0)}. October: ${record(95.35, 0)}.`)).toBe('down');
  });

  it("when a person's quarter is asked against an average, then their score is held against the average given", () => {
    const q = asked('is Fatima above our team average for Q3?');
    const text = (own: number) =>
      `Fatima's final scores: 2025-Q3 ${own} (KPI 81, tasks 71, 360 feedback 80). In 2025-Q3, the average final score for QA is 67 (9 scores).`;
    expect(scoreAgainstMean(q, 'employee_scores', text(77.33))).toBe(true);
    expect(scoreAgainstMean(q, 'employee_scores', text(60))).toBe(false);
  });

  it('when asked which team improved the most between two quarters, then teams are ranked by the move of their average', () => {
    const q = asked('which team improved the most from Q2 to Q3?');
    const step = teamsByScoreChange(q, ['2025-Q2', '2025-Q3']);
    const summary = (means: Record<string, number>) => ({
      periods: [{ teams: Object.entries(means).map(([team_id, mean]) => ({ team_id, count: 5, mean })) }],
    });
    expect(isPlan(step) && step.calls.map((c) => c.input)).toEqual([{ period: '2025-Q2' }, { period: '2025-Q3' }]);
    expect(isPlan(step) && step.phrase([summary({ DEV: 76.66, QA: 68.74, SEC: 70 }), summary({ DEV: 77.77, QA: 67, SEC: 72.34 })])).toBe(
      'Teams by change in average final score from 2025-Q2 to 2025-Q3, most improved first: SEC +2.34 (70 to 72.34).',
    );
  });
});

describe('the forty-seventh set: sentences of context before the question', () => {
  it.each([
    ['Marcus Lee is up for promotion. What was his score last quarter?', "What was Marcus Lee's score last quarter?"],
    ["Ethan Hughes's final settlement is being prepared. How many days was he absent in September?", 'How many days was Ethan Hughes absent in September?'],
    ['Founders Day was on 13 October. Was anyone late the day after?', 'Was anyone late on 2025-10-14?'],
    ['DEV had their recharge day on 7 November. How many people were late that day?', 'How many people were late on 2025-11-07?'],
    ['Our recharge day was 7 November. How many working days did DEV have that week?', 'How many working days did DEV have the week of 2025-11-07?'],
    ['Security have their team day on 1 December. Is that a working day for the Data team?', 'Is 2025-12-01 a working day for the Data team?'],
    ['Chris said he was ill yesterday. Was he absent?', 'Was Chris absent on 2025-11-18?'],
    ['The QA offsite was a morning thing back in September. Who in QA was late that day?', 'Who in QA was late on the QA offsite?'],
    ['Someone called Chris asked about leave. What is his annual leave balance?', "What is Chris's annual leave balance?"],
  ])('when told "%s", then the question is read as "%s"', (message, question) => {
    expect(withContextResolved(message, '2025-11-19')).toBe(question);
  });

  it('when the context names a team of the company by its name, then its words are not taken for a person', () => {
    const message = 'Platform Engineering welcomed Nadia Noor in June. What was her score in Q3?';
    const teams = context.teams.concat({ team_id: 'PLT', team_name: 'Platform Engineering' });
    expect(withContextResolved(message, '2025-11-19', teams)).toBe("What was Nadia Noor's score in Q3?");
    expect(withContextResolved(message, '2025-11-19')).toBe(message);
  });

  it.each(['Q3 scores. Who was top?', 'We are looking at QA. Who was late yesterday?', 'Who was late yesterday? And who was absent?'])(
    'when "%s" refers back to nothing, then the message is kept whole',
    (message) => {
      expect(withContextResolved(message, '2025-11-19')).toBe(message);
    },
  );
});

describe('the forty-eighth set: lines of teams, requests, tenure and KPI', () => {
  it('when asked which teams had more than a number of late arrivals, then each team is held against the line', () => {
    const q = { reading: read('which teams had more than 15 late arrivals in October?'), people: [], employee_ids: [], context };
    const step = teamsAgainstCountLine(q, 'late');
    const totals = (late: number) => ({
      expected: 100,
      rated_days: 20,
      on_leave: 0,
      present: 80,
      late,
      half_day: 0,
      absent: 5,
      missing_check_out: 0,
      average_rate: 0.95,
    });
    expect(step !== null && isPlan(step) && step.calls).toEqual([{ name: 'attendance_rate', input: { from: '2025-10-01', to: '2025-10-31' } }]);
    expect(
      step !== null &&
        isPlan(step) &&
        step.phrase([
          {
            teams: [
              { team_id: 'AI', totals: totals(15) },
              { team_id: 'DAT', totals: totals(16) },
            ],
          },
        ]),
    ).toBe('1 team had more than 15 days late in october (2025-10-01 to 2025-10-31): DAT 16 days late.');
  });

  it('when asked for "the 3 in DEV with the fewest hours", then three are ranked, the team between the number and "with"', () => {
    expect(read('the 3 in DEV with the fewest hours in October')).toMatchObject({ limit: 3, order: 'bottom', teams: ['DEV'], unused: [] });
  });

  it('when asked for the top 2 teams, then teams are ranked', () => {
    expect(read('top 2 teams by average score in Q3')).toMatchObject({ teamsRanked: true, limit: 2 });
  });
});

describe('courtesies, and context that only says why', () => {
  it.each([
    [
      'Good morning! Would you be so kind as to tell me what my performance score was for the third quarter? Thank you so much.',
      'Good morning! what my performance score was for the third quarter?',
    ],
    [
      'Hello, I hope you are well. Could you possibly tell me what my attendance rate was last month? Much appreciated.',
      'Hello, what my attendance rate was last month?',
    ],
    [
      'Sorry if this is a silly question, but could you tell me whether anyone on my team has a leave request still waiting for approval?',
      'whether anyone on my team has a leave request still waiting for approval?',
    ],
    [
      'Dear assistant, I would be grateful if you could tell me the median score of my team for 2025-Q2. Kind regards, Elena',
      'the median score of my team for 2025-Q2.',
    ],
  ])('when the message is "%s", then the courtesies are set aside', (message, left) => {
    expect(withoutCourtesies(message)).toBe(left);
  });

  it.each([
    ['For the payroll deductions I need absences. How many days was Chris Walker absent in October?', 'How many days was Chris Walker absent in October?'],
    ["Doing my team's payroll sign-off for last wk. What were DEV's total hours?", "What were DEV's total hours last wk?"],
    ['The Data team had a tough September. What was their attendance rate that month?', "What was DAT's attendance rate in September?"],
  ])('when told "%s", then the question is read as "%s"', (message, question) => {
    expect(withContextResolved(message, '2025-11-19', context.teams.concat({ team_id: 'DAT', team_name: 'Data' }))).toBe(question);
  });
});

describe('a context day said with its weekday', () => {
  it.each([
    ['The lifts were out on Thursday 6 November. Who was absent that day?', 'Who was absent on 2025-11-06?'],
    ['The release went out on Tuesday the 4th. Who on my team was late that day?', 'Who on my team was late on 2025-11-04?'],
    ['Ben said he was ill on Monday. Was he absent that day?', 'Was Ben absent on 2025-11-17?'],
  ])('when told "%s", then the day is the date said, not the weekday alone', (message, question) => {
    expect(withContextResolved(message, '2025-11-19')).toBe(question);
  });
});
