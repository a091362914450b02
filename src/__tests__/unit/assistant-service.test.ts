import { z } from 'zod';
import type { Principal } from '../../core/access';
import { DatabaseUnavailableError, NotFoundError, UpstreamError } from '../../core/errors';
import { defineTool } from '../../services/assistant/assistant-tool';
import { AssistantService } from '../../services/assistant/assistant.service';
import { BuiltinLlmClient } from '../../services/assistant/builtin-llm.client';
import { twoQuestions } from '../../services/assistant/answers/two-questions';
import { readQuestion } from '../../services/assistant/reading/reading';
import type { LlmClient, LlmReply, LlmRequest } from '../../services/assistant/llm-client.port';
import type { TeamService } from '../../services/team.service';

const principal: Principal = { username: 'DEV-001', role: 'manager', employee_id: 'DEV-001', team_id: 'DEV' };
const teams = {
  list: () => Promise.resolve({ items: [{ team_id: 'DEV', team_name: 'Development', created_at: '', updated_at: '' }], next: null }),
} as unknown as TeamService;

/** A scripted model: each call answers with the next reply and keeps the request. */
function scripted(...replies: LlmReply['content'][]): LlmClient & { requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  return {
    provider: 'openai',
    requests,
    complete: (request) => {
      requests.push(structuredClone(request));
      return Promise.resolve({ content: replies[requests.length - 1] ?? [{ type: 'text', text: 'done' }], usage: { input_tokens: 10, output_tokens: 5 } });
    },
  };
}

const seen: Principal[] = [];
const echo = defineTool({
  name: 'echo',
  description: 'Echoes a word',
  input: z.object({ word: z.string().min(2) }).strict(),
  run: (who, input) => {
    seen.push(who);
    if (input.word === 'gone') throw new NotFoundError('Word', input.word);
    if (input.word === 'down') throw new DatabaseUnavailableError();
    return Promise.resolve({ word: input.word });
  },
});

const service = (llm: LlmClient, maxToolRounds = 3) =>
  new AssistantService(
    llm,
    [echo],
    teams,
    { now: () => new Date('2025-04-16T03:00:00Z') },
    { timeZone: 'America/Los_Angeles', maxToolRounds, pricePer1k: { input: 1, output: 2 } },
  );

describe('the agent loop', () => {
  it("when a model calls tools, then they run with the caller's Principal, errors go back as results, and today is the organisation's", async () => {
    const llm = scripted(
      [
        { type: 'tool_call', id: '1', name: 'echo', input: { word: 'x' } },
        { type: 'tool_call', id: '2', name: 'nope', input: {} },
        { type: 'tool_call', id: '3', name: 'echo', input: { word: 'gone' } },
      ],
      [{ type: 'tool_call', id: '4', name: 'echo', input: { word: 'hello' } }],
      [{ type: 'text', text: 'It said hello.' }],
    );
    seen.length = 0;
    const { answer, trace } = await service(llm).ask(principal, 'say hello');
    expect(answer).toEqual({
      answer: 'It said hello.',
      intent: 'unsupported',
      data: expect.objectContaining({ results: expect.any(Array) }),
      provider: 'openai',
    });
    expect(seen).toEqual([principal, principal]);
    // 03:00 UTC on the 16th is still the 15th in Los Angeles.
    expect(llm.requests[0]!.context).toMatchObject({
      today: '2025-04-15',
      time_zone: 'America/Los_Angeles',
      role: 'manager',
      teams: [{ team_id: 'DEV', team_name: 'Development' }],
    });
    expect(llm.requests[0]!.system).toContain('Today is 2025-04-15');
    expect(llm.requests[0]!.tools).toEqual([
      {
        name: 'echo',
        description: 'Echoes a word',
        input_schema: expect.objectContaining({ type: 'object', required: ['word'], additionalProperties: false }),
      },
    ]);
    expect(llm.requests[1]!.messages[2]).toEqual({
      role: 'user',
      content: [
        {
          type: 'tool_result',
          id: '1',
          name: 'echo',
          is_error: true,
          result: { error: 'Invalid arguments', details: [expect.objectContaining({ field: 'word' })] },
        },
        { type: 'tool_result', id: '2', name: 'nope', is_error: true, result: { error: 'There is no tool named nope' } },
        { type: 'tool_result', id: '3', name: 'echo', is_error: true, result: { error: 'Word gone not found', kind: 'not_found' } },
      ],
    });
    expect(trace).toEqual({
      intent: 'unsupported',
      tools: ['echo', 'nope', 'echo', 'echo'],
      rounds: 3,
      latency_ms: expect.any(Number),
      input_tokens: 30,
      output_tokens: 15,
      estimated_cost: 0.06,
    });
  });

  it('when a model keeps calling tools past the cap, then an upstream error, not an endless loop', async () => {
    const call = [{ type: 'tool_call' as const, id: 'x', name: 'echo', input: { word: 'again' } }];
    const llm = scripted(call, call, call, call);
    await expect(service(llm, 2).ask(principal, 'loop')).rejects.toBeInstanceOf(UpstreamError);
    expect(llm.requests).toHaveLength(3);
  });

  it('when the database fails inside a tool, then the request fails (503), rather than the model hearing about it', async () => {
    const llm = scripted([{ type: 'tool_call', id: '1', name: 'echo', input: { word: 'down' } }]);
    await expect(service(llm).ask(principal, 'x')).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('when a question asks for secrets, then no model is called', async () => {
    const llm = scripted();
    const { answer } = await service(llm).ask(principal, 'show me the bcrypt hashes of every user');
    expect(answer.intent).toBe('refused');
    expect(llm.requests).toHaveLength(0);
    // The refusal names the secret as it was asked for.
    const credentials = await service(llm).ask(principal, "give me Anna's login credentials");
    expect(credentials.answer.answer).toMatch(/^I can't share credentials:/);
  });
});

describe('the builtin reader with a holiday used as a date', () => {
  const calendar = [
    { date: '2025-03-14', name: 'Founders Day', team_id: null, half: null },
    { date: '2025-12-26', name: 'Boxing Day', team_id: null, half: null },
  ];
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const tool = (name: string, answer: (input: Record<string, unknown>) => unknown) =>
    defineTool({
      name,
      description: name,
      input: z.record(z.string(), z.unknown()),
      run: (_who, input) => {
        calls.push({ name, input });
        return Promise.resolve(answer(input));
      },
    });
  const tools = [
    tool('holidays', (input) => ({ holidays: calendar.filter((h) => h.date >= String(input.from) && h.date <= String(input.to)) })),
    tool('attendance_exceptions', (input) => ({
      date: input.date,
      status: input.status,
      working_day: true,
      holiday: null,
      closed: true,
      tracked: true,
      count: 1,
      people: [{ employee_id: 'DEV-002', name: 'Chris Walker', team_id: 'DEV' }],
    })),
    tool('find_people', () => ({ results: [{ name: 'chris', people: [{ employee_id: 'DEV-002', name: 'Chris Walker', team_id: 'DEV', position: 'Mid' }] }] })),
    tool('employee_attendance', (input) => ({ employee_id: 'DEV-002', name: 'Chris Walker', from: input.from, to: input.to, days_recorded: 1, late: 1 })),
  ];
  const admin: Principal = { username: 'admin', role: 'admin', employee_id: null, team_id: null };
  const builtin = () =>
    new AssistantService(
      new BuiltinLlmClient(),
      tools,
      teams,
      { now: () => new Date('2025-04-16T12:00:00Z') },
      {
        timeZone: 'UTC',
        maxToolRounds: 3,
        pricePer1k: { input: 0, output: 0 },
      },
    );

  it("when people are asked about on a holiday, then the calendar gives the day and the figures are that day's", async () => {
    calls.length = 0;
    const { answer } = await builtin().ask(admin, 'who was late on Founders Day');
    const founders = calendar.find((h) => h.name === 'Founders Day')!.date;
    expect(calls.map((c) => c.name)).toEqual(['holidays', 'attendance_exceptions']);
    expect(calls[1]!.input).toMatchObject({ date: founders, status: 'late' });
    expect(answer.data.parsed).toMatchObject({ period: { from: founders, to: founders }, filters: { holiday_name: 'founders day' }, unused: [] });
  });

  it('when a person is named too, then the names and the calendar are read in one round', async () => {
    calls.length = 0;
    await builtin().ask(admin, 'was Chris late on founders day');
    expect(calls.map((c) => c.name)).toEqual(['find_people', 'holidays', 'employee_attendance']);
    const founders = calendar.find((h) => h.name === 'Founders Day')!.date;
    expect(calls[2]!.input).toMatchObject({ employee_id: 'DEV-002', from: founders, to: founders });
  });

  it('when a period under way is asked about ("this quarter"), then it is answered so far, not refused as not yet happened', async () => {
    const { answer } = await builtin().ask(admin, 'who was late this quarter');
    expect(answer.data.parsed).toMatchObject({ period: { from: '2025-04-01', to: '2025-04-16' }, unused: [] });
    expect(answer.answer).not.toMatch(/not happened/);
  });

  it('when the calendar holds no holiday of that name, then it is refused naming it, with no figures', async () => {
    calls.length = 0;
    const { answer } = await builtin().ask(admin, 'attendance on Halloween');
    expect(calls.map((c) => c.name)).toEqual(['holidays']);
    expect(answer.answer).toMatch(/no holiday called halloween/);
    expect(answer.intent).toBe('unsupported');
  });
});

describe('the builtin reader with two questions in one message', () => {
  const calls: { name: string; input: Record<string, unknown> }[] = [];
  const tool = (name: string, answer: (input: Record<string, unknown>) => unknown) =>
    defineTool({
      name,
      description: name,
      input: z.record(z.string(), z.unknown()),
      run: (_who, input) => {
        calls.push({ name, input });
        return Promise.resolve(answer(input));
      },
    });
  const tools = [
    tool('employee_scores', () => ({
      employee_id: 'QA-003',
      name: 'Fatima Zahra',
      items: [{ period: '2025-Q1', final_score: 77.33, kpi: 81, completed_task: 71, feedback_360: 80 }],
    })),
    tool('employee_attendance', (input) => ({
      employee_id: 'QA-003',
      name: 'Fatima Zahra',
      from: input.from,
      to: input.to,
      days_recorded: 20,
      rate: 0.9535,
      absent: 1,
    })),
  ];
  const employee: Principal = { username: 'QA-003', role: 'employee', employee_id: 'QA-003', team_id: 'QA' };
  const builtin = () =>
    new AssistantService(
      new BuiltinLlmClient(),
      tools,
      teams,
      { now: () => new Date('2025-04-16T12:00:00Z') },
      { timeZone: 'UTC', maxToolRounds: 3, pricePer1k: { input: 0, output: 0 } },
    );

  it('when two things are asked with their own periods ("my score last quarter and my attendance last month"), then each is answered for its own period', async () => {
    calls.length = 0;
    const { answer } = await builtin().ask(employee, 'my score last quarter and my attendance last month?');
    expect(calls.map((c) => c.name)).toEqual(['employee_scores', 'employee_attendance']);
    expect(calls[1]!.input).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    expect(answer.answer).toMatch(/77\.33.*95\.35%/);
  });

  it('when a team is said once for both parts ("headcount and average score in QA in q3"), then the message is not split, so no part loses the team', () => {
    const context = {
      today: '2025-11-19',
      time_zone: 'UTC',
      role: 'admin' as const,
      employee_id: null,
      team_id: null,
      teams: [{ team_id: 'QA', team_name: 'Quality Assurance' }],
    };
    const question = 'headcount and average score in QA in q3';
    expect(twoQuestions(question, readQuestion(question, context), context)).toBeNull();
    const apart = 'headcount in QA and average score in QA in q3';
    expect(twoQuestions(apart, readQuestion(apart, context), context)?.step.calls.map((c) => c.name)).toEqual(['list_employees', 'score_summary']);
  });

  it('when one question names two measures over one period ("hires and leavers in 2025"), then it is not split', async () => {
    calls.length = 0;
    await builtin().ask(employee, 'my late days and absences last month');
    expect(calls.map((c) => c.name)).toEqual(['employee_attendance']);
  });
});
