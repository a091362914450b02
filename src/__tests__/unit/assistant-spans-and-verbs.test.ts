/*
 * The eighteenth session's reading classes: a span with today, tomorrow or yesterday as one end, verbs of change over
 * time that are no team's name, what is left of a period, and who works with whom (not held).
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

describe('what is left of a period', () => {
  it.each([
    ['how many working days are left this year?', ['2025-11-19', '2025-12-31']],
    ['working days remaining this month', ['2025-11-19', '2025-11-30']],
    ['how many working days left in the quarter', ['2025-11-19', '2025-12-31']],
  ])('when asked "%s", then it is from today to the end, working days counted', (text, expected) => {
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
