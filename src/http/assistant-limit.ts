import type { RequestHandler } from 'express';
import { limiter, type LimiterStores } from './rate-limit';

/**
 * The assistant's budget, per login rather than per address (a model call
 * costs money whoever's network it comes from). One handler, made once, for
 * every door that spends it: /chat, /chatbot/query and MCP tool calls count
 * against the same window.
 */
export function assistantLimit(perMinute: number, stores: LimiterStores): RequestHandler {
  return limiter(
    {
      name: 'assistant',
      windowMs: 60_000,
      limit: perMinute,
      key: (_req, res) => res.locals.principal!.username,
      message: `Too many questions; at most ${perMinute} a minute`,
    },
    stores,
  );
}
