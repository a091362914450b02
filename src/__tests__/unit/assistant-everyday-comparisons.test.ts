/*
 * The fifty-sixth to fifty-ninth sets' refusals that are answered now: comparisons said the way people say them
 * ("stack up against", "late more often than", "between X and Y, who …", "DEV juniors vs DEV seniors", "wk 45
 * compared to wk 46"), lines ("bigger than", "or not?"), a headcount on a day ("did we employ"), a day named after a
 * date in the sentence before ("the Monday after"), and what must still be refused, naming what it is.
 */
import { compose } from '../../services/assistant/answers/compose';
import { isPlan } from '../../services/assistant/answers/plan';
import type { ConversationContext } from '../../services/assistant/llm-client.port';
import { withContextResolved } from '../../services/assistant/reading/context-sentences';
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
    { team_id: 'DAT', team_name: 'Data' },
  ],
};
const employee: ConversationContext = { ...context, role: 'employee', employee_id: 'SEC-004', team_id: 'SEC' };
const read = (text: string, as: ConversationContext = context) => readQuestion(text, as);
const refusal = (text: string, as: ConversationContext = context) => {
  const step = compose({ reading: read(text, as), people: [], employee_ids: [], context: as });
  if (isPlan(step)) throw new Error(`answered: ${text}`);
  return JSON.stringify(step);
};

describe('comparisons and lines in everyday words', () => {
  it.each([
    ['how does the Security team stack up against Data on Q2 average scores?', { operation: 'compare', teams: ['SEC', 'DAT'] }],
    ['was Marcus Lee late more often than Leo Martins in Q3?', { names: ['marcus lee', 'leo martins'], measures: ['late'] }],
    ['Between Grace Kim and Marcus Lee, who joined first?', { names: ['grace kim', 'marcus lee'] }],
    ['DEV juniors vs DEV seniors, attendance rate last month', { teams: ['DEV'], filters: { position: 'Junior', position_also: 'Senior' } }],
    ["is QA's score spread for Q3 bigger than 30?", { threshold: { value: 30 }, statistic: 'range' }],
    ["QA attendance this month - worse than DEV's or not?", { teams: ['QA', 'DEV'] }],
    ['How many people did we employ on 1 October?', { measures: ['headcount'], range: { from: '2025-10-01', to: '2025-10-01' } }],
    ['hows my attendence this mth', { me: true, range: { from: '2025-11-01' } }],
    ['anyone go up by more than 4.5 pts between q2 and q3', { threshold: { value: 4.5 }, quarters: ['2025-Q2', '2025-Q3'] }],
  ])('when asked "%s", then every word is read', (text, parts) => {
    const reading = read(text, /\bmy\b/.test(text) ? employee : context);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when two numbered weeks are compared, then both are read as the ends compared', () => {
    expect(read('DEV hours in wk 45 compared to wk 46').ends?.map((r) => r.from)).toEqual(['2025-11-03', '2025-11-10']);
  });

  it('when a weekday after a date in the sentence before is asked, then it is the first such day after it', () => {
    expect(withContextResolved('DEV had its recharge day on 7 November. Who in DEV was late on the Monday after?', '2025-11-19')).toMatch(/on 2025-11-10\b/);
    expect(withContextResolved('Founders Day was on 13 October. Who was late on the Friday before?', '2025-11-19')).toMatch(/on 2025-10-10\b/);
  });

  it('when "calculate net salary" is asked, then the refusal names salary, not the calculation', () => {
    expect(read('calculate net salary for Lukas Novak this month').notHeld).toMatch(/salar/);
  });

  it("when an employee asks for their team's average, then the refusal names their team", () => {
    expect(refusal("what's the team average score for q3?", employee)).toMatch(/your team, SEC/);
  });
});

describe('the sixtieth and sixty-first sets: days said loosely, follow-ups, the calendar', () => {
  const manager: ConversationContext = { ...context, role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
  it.each([
    ['who in QA was absent a week ago Monday?', { range: { from: '2025-11-10', to: '2025-11-10' } }],
    ['my sick leave on 5 nov - was it approved', { yesNo: true, filters: { leave_type: 'SICK' } }],
    ['if I took christmas eve off, how many days of annual leave would that use?', { measures: expect.arrayContaining(['working_days']) }],
    ['security analysts - how many, and who?', { operation: 'list', filters: { job_title: 'security analyst' } }],
    ['How long is Anna Berg away for? first and last day pls', { names: ['anna berg'], measures: ['leave_requests'] }],
    ['was 31 october a half-day holiday?', { measures: expect.arrayContaining(['holidays']) }],
  ])('when asked "%s", then it is read as meant', (text, parts) => {
    const reading = read(text, /\b(?:my|i)\b/i.test(text) ? employee : context);
    expect(reading).toMatchObject(parts);
    expect(reading.unused).toEqual([]);
  });

  it('when the person with the most is asked after a total, then it is who had the most of it', () => {
    expect(asksIn('October: how many times was my team late in total, and which person racked up the most?', manager)?.[1]).toMatch(
      /who had the most days late/,
    );
  });

  it('when "how many years is that" follows the longest-serving, then it is one question', () => {
    expect(asksIn('who on my team has been here the longest? how many years is that', manager)).toEqual(['who on my team has been here the longest?']);
  });

  it("when the rest of the year's working days are asked, then they are counted from tomorrow", () => {
    const step = compose({
      reading: read('how many working days does my team have for the rest of the year', manager),
      people: [],
      employee_ids: [],
      context: manager,
    });
    if (!isPlan(step)) throw new Error('not a plan');
    expect(step.calls[0]!.input).toMatchObject({ from: '2025-11-20', to: '2025-12-31', team_id: 'DEV' });
  });
});
