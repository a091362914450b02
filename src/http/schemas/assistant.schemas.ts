import { INTENTS } from '../../services/assistant/assistant-intents';
import { z } from './zod';

export const ChatBody = z
  .object({
    message: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters').openapi({ example: 'Who was late yesterday?' }),
  })
  .strict()
  .openapi('ChatRequest');

const intentNames = Object.keys(INTENTS) as [keyof typeof INTENTS, ...(keyof typeof INTENTS)[]];

export const ChatAnswer = z
  .object({
    answer: z.string().openapi({ example: '2 people were late on 2025-04-14: Ann Lee (DEV-002), Bo Chen (DEV-004).' }),
    intent: z.enum(intentNames).openapi({
      description: Object.entries(INTENTS)
        .map(([name, meaning]) => `- \`${name}\`: ${meaning}`)
        .join('\n'),
    }),
    data: z.record(z.string(), z.unknown()).openapi({
      description:
        'The figures behind the answer, shaped per intent (see `intent`). When the lookup found nothing or the role may not see it: `{error, kind}` (kind `not_found`, `forbidden` or `validation`).',
    }),
    provider: z.enum(['builtin', 'bedrock', 'openai']),
  })
  .openapi('ChatAnswer');
