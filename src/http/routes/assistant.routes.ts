import type { RequestHandler } from 'express';
import type { Logger } from '../../logger';
import type { Assistant } from '../../services/assistant/lazy-assistant';
import { EXAMPLE_QUESTIONS } from '../../services/assistant/assistant-intents';
import type { ApiRouter } from '../api-router';
import { middlewareGuard } from '../routing/middleware-guard';
import { ChatAnswer, ChatBody } from '../schemas/assistant.schemas';

/** `limit` is the assistant's per-login budget (assistant-limit.ts), shared with MCP tool calls. */
export function assistantRoutes(api: ApiRouter, assistant: Assistant, logger: Logger, limit: RequestHandler): void {
  for (const path of ['/chat', '/chatbot/query']) {
    api.add({
      method: 'post',
      path,
      tag: 'Assistant',
      summary: 'Ask a question about the data in plain language',
      description: [
        "Answers from the live data within the caller's role scope; someone outside it is not found, as if absent. `/chat` and `/chatbot/query` are the same.",
        `Examples: ${EXAMPLE_QUESTIONS.map((q) => `"${q}"`).join(', ')}.`,
        'The `intent` names what was understood, and `data` carries the figures in a shape per intent (see the ChatAnswer schema).',
      ].join('\n\n'),
      auth: 'required',
      body: { schema: ChatBody },
      guards: [middlewareGuard(limit)],
      responses: {
        200: { description: 'The answer', schema: ChatAnswer },
        429: { description: 'Too many questions from this login this minute' },
        502: { description: 'The model service failed' },
        504: { description: 'The model service did not answer in time' },
      },
      handler: async ({ principal, body, res }) => {
        const { answer, trace } = await assistant.ask(principal, body.message);
        // winston formats a line before its transport drops it for its level: skip the work outright.
        if (logger.isInfoEnabled())
          logger.info('assistant answer', { request_id: res.locals.requestId as string, user: principal.username, provider: answer.provider, ...trace });
        return { status: 200, body: answer };
      },
    });
  }
}
