/*
 * The fifty-fourth to fifty-ninth sets' classes: leave reckoned in people's words (a balance once a pending request
 * is counted, days tied up in requests not approved, an allowance, "did it go through", "is it confirmed", requests
 * turned down), working days for one person by their team's calendar, spans "to the end of 2025", a person's figure
 * beside the company's, a level compared across teams, "still with us", a long message's question with its kind of
 * leave carried, and the trap words that must not change a question ("ethan", "only", "current staff only").
 */
import { compose } from '../../services/assistant/answers/compose';
import { isPlan, type Person } from '../../services/assistant/answers/plan';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { readPastLeadIn } from '../../services/assistant/reading/lead-in-sentences';
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
    { team_id: 'SEC', team_name: 'Security' },
  ],
};
const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'QA-001', team_id: 'QA' };
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'DEV-003', team_id: 'DEV' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);
const emma: Person = {
  employee_id: 'SEC-004',
  name: 'Emma Clarke',
  team_id: 'SEC',
  position: 'Senior',
  job_title: null,
  status: 'active',
  hire_date: '2020-01-06',
  end_date: null,
};
const plan = (text: string, people: Person[] = [], as: ConversationContext = context) => {
  const step = compose({ reading: read(text, as), people, employee_ids: [], context: as });
  if (!isPlan(step)) throw new Error(`not a plan: ${JSON.stringify(step)}`);
  return step;
};

describe('leave reckoned in people’s words', () => {
  it.each([
    ['hw much annual leave do i have left once my pending request is taken off?', ['leave_balance'], 'ANNUAL'],
    ["Yuki Tanaka's annual leave - how much is available with her December request counted?", ['leave_balance'], 'ANNUAL'],
    ['how much leave does Chris Walker have free once his pending half day is counted?', ['leave_balance'], undefined],
    ['how many annual leave days was Leo Martins granted for the year?', ['leave_balance'], 'ANNUAL'],
    ["What was Laura Silva's sick leave allowance for the year?", ['leave_balance'], 'SICK'],
  ])('when asked "%s", then it is the balance, which has the pending days taken off', (text, measures, kind) => {
    const reading = read(text, employee);
    expect(reading.measures).toEqual(expect.arrayContaining(measures));
    expect(reading.filters.leave_type).toBe(kind);
    expect(reading.unused).toEqual([]);
    // "December" in "her December request" is the request's month, not the balance's period.
    expect(reading.range).toBeNull();
  });

  it('when days tied up in requests not yet approved are asked, then they are the pending ones', () => {
    expect(read("how many annual leave days have I got tied up in requests that aren't approved yet", employee).said).toMatch(/\bpending requests\b/);
  });

  it.each([
    ["did Omar Haddad's leave request for 21 November go through?", 'admin'],
    ['is my day off on the 28th confirmed?', 'employee'],
  ])('when "%s" is asked, then it is whether the request is approved, answered with its status', (text, who) => {
    const reading = read(text, who === 'admin' ? context : employee);
    expect(reading).toMatchObject({ yesNo: true, measures: expect.arrayContaining(['leave_requests']) });
    expect(reading.unused).toEqual([]);
  });

  it('when someone asks whether they ever had a request turned down, then it is their rejected requests', () => {
    expect(read('have I ever had a leave request turned down', employee)).toMatchObject({ me: true, filters: { request_status: 'rejected' } });
  });

  it('when a span of leave is asked what it cost, then it is the request over those days', () => {
    expect(read('felix wagner is off 22-31 dec, how many leave days is that')).toMatchObject({
      names: ['felix wagner'],
      measures: ['leave_requests'],
      range: { from: '2025-12-22', to: '2025-12-31' },
    });
  });
});

describe('working days and spans to an end', () => {
  it("when one person's working days are asked, then their team's calendar is asked, not the organisation's", () => {
    expect(plan('how many working days does Emma Clarke have in December', [emma]).calls[0]!.input).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
      team_id: 'SEC',
    });
  });

  it.each([
    ['how many working days has Emma Clarke got left in 2025', '2025-11-20', '2025-12-31'],
    ['attendance rate from 3 November to the end of 2025', '2025-11-03', '2025-12-31'],
    ['working days from tomorrow to the end of 2025', '2025-11-20', '2025-12-31'],
    ['attendance rate from 1 October to the end of q4', '2025-10-01', '2025-12-31'],
    ['late arrivals from 1 September to the end of October', '2025-09-01', '2025-10-31'],
  ])('when asked "%s", then the span runs to the end named', (text, from, to) => {
    expect(read(text).range).toMatchObject({ from, to });
  });
});

describe('figures beside the company, levels across teams, who is still here', () => {
  it("when one person's score is asked against the company average, then everyone's average is asked for beside it", () => {
    const felix: Person = { ...emma, employee_id: 'AI-003', name: 'Felix Wagner', team_id: 'AI' };
    const step = compose({ reading: read('is Felix Wagner above the company average score for Q3?'), people: [felix], employee_ids: [], context });
    const names = JSON.stringify(step);
    expect(names).toMatch(/score_summary|score_list/);
    expect(names).not.toMatch(/"team_ids?":\["AI"\]/);
  });

  it('when an employee asks whether they are above average, then the average is named back as outside what they see', () => {
    const step = compose({ reading: read('am I above average in Q3?', employee), people: [], employee_ids: [], context: employee });
    expect(isPlan(step)).toBe(false);
    expect(JSON.stringify(step)).toMatch(/outside what you can see/);
  });

  it("when two teams' performance is compared for one level, then each team's average among that level is asked", () => {
    const reading = read('Compare DEV and QA performance in 2025-Q3 for seniors');
    expect(reading).toMatchObject({ teams: ['DEV', 'QA'], filters: { position: 'Senior' }, operation: 'compare' });
    expect(JSON.stringify(compose({ reading, people: [], employee_ids: [], context }))).toMatch(/among Seniors in DEV|Senior/);
  });

  it('when people "still with us" are asked about, then only the active ones are', () => {
    expect(read('lowest Q2 score among the AI mid-levels still with us').filters).toMatchObject({ status: 'active', position: 'Mid' });
  });

  it('when "my mid-levels" are compared with "my seniors" for a quarter, then it is their scores, not their positions', () => {
    expect(read('Q2 average of my mid-levels vs my seniors', manager)).toMatchObject({
      measures: ['score'],
      filters: { position: 'Mid', position_also: 'Senior' },
    });
  });

  it('when "total company hours" is asked by a manager, then it is refused as outside their scope', () => {
    const step = compose({ reading: read('total company hours last week', manager), people: [], employee_ids: [], context: manager });
    expect(isPlan(step)).toBe(false);
  });
});

describe('long messages and the words that must not change a question', () => {
  it('when the kind of leave is said in the sentence before the question, then the question is asked of it', () => {
    const { text, reading } = readPastLeadIn(
      'Hello, I want to check my annual leave balance before I ask for anything else. How many days do I have available?',
      employee,
    );
    expect(text).toMatch(/^annual leave: /);
    expect(reading).toMatchObject({ measures: ['leave_balance'], filters: { leave_type: 'ANNUAL' }, me: true });
  });

  it('when a question is followed by another, then neither is taken for chat around the other', () => {
    expect(readPastLeadIn("Ben Carter's absences in October — which days?", context).text).toBe("Ben Carter's absences in October — which days?");
    expect(readPastLeadIn('Maria is off at the end of the month. How many days of leave has she booked for next week?', manager).text).not.toBe(
      'Maria is off at the end of the month.',
    );
  });

  it('when what is asked comes after a colon, then the topic before it is not taken for the question', () => {
    expect(readPastLeadIn("Maria Gonzalez's annual leave: taken and remaining", context).text).not.toBe("Maria Gonzalez's annual leave");
  });

  it('when a name begins like a word of the questions, then it stays a name', () => {
    expect(read('ethan hughes absences since aug', manager).names).toEqual(['ethan hughes']);
    expect(read('who had more thn 3 absences last month').threshold).toMatchObject({ value: 3 });
  });

  it('when "only" follows a name, then the name is the name alone', () => {
    const { reading } = readPastLeadIn('Ines Carvalho only started this month. How much annual leave does she get for 2025?', context);
    expect(reading).toMatchObject({ names: ['ines carvalho'], measures: ['leave_balance'], unused: [] });
  });

  it('when "current staff only" follows a balance, then nothing is left unread, and "active staff" still counts as a filter', () => {
    expect(read('total annual leave still available to the Security team (current staff only)').unused).toEqual([]);
    expect(read('How many active staff does Security have').filters.status).toBe('active');
  });

  it('when someone asks about a team and a person’s team in one message, then both asks are kept', () => {
    expect(asksIn("Anna Berg's hire date, and what is her team?", context)).toEqual(["Anna Berg's hire date", "what is anna berg's team"]);
  });
});

describe('the sixtieth and sixty-first sets: a balance with requests counted, the calendar asked loosely', () => {
  const dev: ConversationContext = { ...context, role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
  it.each([
    ['How much annual leave does Aisha Khan have available, counting the request she has pending?', context],
    ["How many days of annual leave do I have available now that I've asked for the 28th off?", employee],
    ['if my december request goes through, how many days of annual leave will I have left?', employee],
    ['how many days of annual leave will Maria Gonzalez have left once her leave next week is done?', dev],
  ])('when asked "%s", then it is the balance, with no period of its own', (text, as) => {
    const reading = read(text, as);
    expect(reading.measures).toContain('leave_balance');
    expect(reading.range).toBeNull();
    expect(reading.unused).toEqual([]);
  });

  it.each([
    ['who on my team has leave next week', { measures: ['on_leave'], range: { from: '2025-11-24', to: '2025-11-30' } }],
    ['any attendance corrections waiting on a decision?', { measures: expect.arrayContaining(['corrections']), filters: { request_status: 'pending' } }],
    ["which of this year's holidays are only half days", { measures: expect.arrayContaining(['holidays', 'half_day']) }],
    ['did i have to work on the 7th of november?', { measures: expect.arrayContaining(['holidays']), range: { from: '2025-11-07' } }],
    ['working days left in november?', { range: { from: '2025-11-20', to: '2025-11-30' } }],
  ])('when asked "%s", then it is read as meant', (text, parts) => {
    const reading = read(text, dev);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when an email of a list is asked for, then it is an order, refused by its verb, never a list read', () => {
    expect(read("email yesterday's late list to the managers please").action).not.toBeNull();
  });
});
