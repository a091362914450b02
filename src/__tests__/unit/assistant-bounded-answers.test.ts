import { z } from 'zod';
import type { Principal } from '../../core/access';
import { LISTED_AT_MOST, listed } from '../../services/assistant/answers/format';
import { defineTool } from '../../services/assistant/assistant-tool';
import { AssistantService } from '../../services/assistant/assistant.service';
import { boundedData } from '../../services/assistant/bounded-data';
import type { LlmClient } from '../../services/assistant/llm-client.port';
import type { TeamService } from '../../services/team.service';

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ employee_id: `DEV-${String(i + 1).padStart(3, '0')}` }));

describe('answers over many people', () => {
  it('when a list is longer than an answer names, then the first ones are named and the rest counted', () => {
    const text = listed(many(LISTED_AT_MOST + 70), (p) => p.employee_id);
    expect(text.split(', ')).toHaveLength(LISTED_AT_MOST);
    expect(text.endsWith(`DEV-${String(LISTED_AT_MOST).padStart(3, '0')} and 70 more`)).toBe(true);
    expect(listed(many(3), (p) => p.employee_id)).toBe('DEV-001, DEV-002, DEV-003');
  });

  it("when a tool's result holds a longer list, then data keeps the first ones and says how many more", () => {
    expect(boundedData({ count: 120, items: many(120), teams: ['DEV'] })).toEqual({
      count: 120,
      items: many(LISTED_AT_MOST),
      teams: ['DEV'],
      not_shown: { items: 120 - LISTED_AT_MOST },
    });
    expect(boundedData({ items: many(LISTED_AT_MOST) })).toEqual({ items: many(LISTED_AT_MOST) });
    expect(boundedData([1, 2])).toEqual([1, 2]);
  });

  it("when the agent loop answers from such a tool, then the answer's data is bounded", async () => {
    const principal: Principal = { username: 'admin', role: 'admin', employee_id: null, team_id: null };
    const everyone = defineTool({
      name: 'everyone',
      description: 'Lists everyone',
      input: z.object({}).strict(),
      run: () => Promise.resolve({ count: 500, people: many(500) }),
    });
    let turn = 0;
    const llm: LlmClient = {
      provider: 'openai',
      complete: () =>
        Promise.resolve({
          content: turn++ === 0 ? [{ type: 'tool_call', id: '1', name: 'everyone', input: {} }] : [{ type: 'text', text: '500 people.' }],
          usage: { input_tokens: 1, output_tokens: 1 },
        }),
    };
    const teams = { list: () => Promise.resolve({ items: [], next: null }) } as unknown as TeamService;
    const assistant = new AssistantService(
      llm,
      [everyone],
      teams,
      { now: () => new Date('2025-04-16T09:00:00Z') },
      {
        timeZone: 'UTC',
        maxToolRounds: 3,
        pricePer1k: { input: 0, output: 0 },
      },
    );
    const { answer } = await assistant.ask(principal, 'everyone please');
    expect(answer.data).toEqual({ count: 500, people: many(LISTED_AT_MOST), not_shown: { people: 500 - LISTED_AT_MOST } });
  });
});
