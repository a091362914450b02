import type { Principal } from '../../core/access';
import { LazyAssistant, type Assistant } from '../../services/assistant/lazy-assistant';

const admin: Principal = { username: 'admin', role: 'admin', employee_id: null, team_id: null };

const answering = (text: string): Assistant => ({
  ask: (_principal, question) =>
    Promise.resolve({
      answer: { answer: `${text}: ${question}`, intent: 'test', data: {}, provider: 'builtin' },
      trace: { intent: 'test', tools: [], rounds: 0, latency_ms: 0, input_tokens: 0, output_tokens: 0, estimated_cost: 0 },
    }),
});

describe('LazyAssistant', () => {
  it('when it is made, then it builds nothing; the first question builds the assistant, and later ones reuse it', async () => {
    const build = jest.fn(() => Promise.resolve(answering('built')));
    const assistant = new LazyAssistant(build);
    expect(build).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([assistant.ask(admin, 'one'), assistant.ask(admin, 'two')]);
    expect(first.answer.answer).toBe('built: one');
    expect(second.answer.answer).toBe('built: two');
    await assistant.ask(admin, 'three');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('when building fails, then that question fails with the error and the next question builds again', async () => {
    const build = jest.fn().mockRejectedValueOnce(new Error('no model')).mockResolvedValueOnce(answering('second build'));
    const assistant = new LazyAssistant(build as () => Promise<Assistant>);
    await expect(assistant.ask(admin, 'one')).rejects.toThrow('no model');
    await expect(assistant.ask(admin, 'two')).resolves.toMatchObject({ answer: { answer: 'second build: two' } });
    expect(build).toHaveBeenCalledTimes(2);
  });
});
