/*
 * The words of month-end and of comparisons as people type them: why it is asked ("for the timesheet check", "to
 * fix", "before I close the month"), what working days already leave out, "zero absences", "taken or booked", a
 * request's "cost", "before today", a name said before its pronoun, "sickies", "beat", "less often", "gap".
 */
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
    { team_id: 'AI', team_name: 'Artificial Intelligence' },
  ],
};
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'DEV-003', team_id: 'DEV' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);

describe('why it is asked, and what is already left out, apply nothing', () => {
  it.each([
    ['working days in august (weekends + bank hols out)', 'working_days'],
    ['hours per team last week, for the timesheet check', 'hours'],
    ['have I got any missing check-outs since August to fix?', 'missing_check_out'],
    ['Before I close the month: any pending leave requests in November I need to deal with?', 'leave_requests'],
    ['before the month closes, how much annual leave have I got left?', 'leave_balance'],
  ])('when asked "%s", then every word is applied', (text, measure) => {
    const reading = read(text, employee);
    expect(reading.unused).toEqual([]);
    expect(reading.measures).toContain(measure);
  });
});

describe('everyday words for a figure', () => {
  it.each([
    ['how many sickies have i got left', 'leave_balance'],
    ['how many sick days am i entitled to this year', 'leave_balance'],
    ['when did I leave yesterday?', 'check_times'],
    ['how many days does my pending leave request cost', 'leave_requests'],
  ])('when asked "%s", then it is read as %s', (text, measure) => {
    const reading = read(text, employee);
    expect(reading.unused).toEqual([]);
    expect(reading.measures).toContain(measure);
  });

  it('when someone is asked with zero absences, then those with none are asked for', () => {
    expect(read('anyone in AI with zero absences in September?').said).toBe('who in ai had no absences in september?');
  });

  it('when a period runs to today "before today", then it ends yesterday', () => {
    expect(read('which day was I late this month, before today?', employee).range).toMatchObject({ from: '2025-11-01', to: '2025-11-18' });
  });

  it('when days are left "not counting today", then they start tomorrow', () => {
    expect(read('how many working days have I got left in 2025, not counting today', employee).range).toMatchObject({ from: '2025-11-20', to: '2025-12-31' });
  });

  it('when a name comes before its pronoun, then the pronoun is the name', () => {
    expect(read('Ravi Patel - which day did he forget to check out?').names).toEqual(['ravi patel']);
  });
});

describe('comparisons in other words', () => {
  it.each([
    ['did AI beat DEV on attendance in october', /higher than/],
    ['was Lukas Novak late less often in August than in September?', /late less in august/],
    ['was the gap between DEV and AI more than 5 points in Q3?', /difference between/],
  ])('when asked "%s", then it is read in the words the reader keeps', (text, said) => {
    const reading = read(text);
    expect(reading.said).toMatch(said);
    expect(reading.unused).toEqual([]);
  });

  it.each(["QA's attendance worse than DEV's last month, yes or no?", 'DEV total hrs last week - over 300 or not?'])(
    'when "%s" asks outright for yes or no, then it is a yes-or-no question with every word applied',
    (text) => {
      const reading = read(text);
      expect(reading.yesNo).toBe(true);
      expect(reading.unused).toEqual([]);
    },
  );

  it('when people "got a better score in Q3 than in Q2", then those who improved from Q2 to Q3 are asked for', () => {
    expect(read('in DEV, how many people got a better score in Q3 than in Q2?').said).toContain('improved from q2 to q3');
  });

  it("when a team's people are held against the company-wide average, then it is the company average", () => {
    expect(read('which devs were above the company-wide average in Q3?').said).toBe('who in devs scored above the company average in q3?');
  });

  it("when a person is held against a group's quarter average the short way, then it is their score that quarter", () => {
    expect(read("is kevin o'brien above the data team's Q2 average").said).toBe("is kevin o'brien's q2 score above the data team's average");
  });
});
