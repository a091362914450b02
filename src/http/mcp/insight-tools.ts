import type { ToolServices } from './tool-services';
import type { Logger } from '../../logger';
import { ChatAnswer, ChatBody } from '../schemas/assistant.schemas';
import { RangeSummarySchema, SummaryQuery, SummarySchema } from '../schemas/attendance.schemas';
import { CalendarDate, TeamId } from '../schemas/common.schemas';
import { ScoreSummaryQuery, ScoreSummarySchema } from '../schemas/score.schemas';
import { z } from '../schemas/zod';
import { argumentsOf, DECIDING_ROLES, EVERY_ROLE, READ, tool, type Tool } from './tool';

const TEAMS = "For an admin every team or the one asked for; for a manager their own team (another team's is forbidden).";

/** The figures the REST API's summary routes give, and the assistant, which answers from the same services. */
export function insightTools(services: ToolServices, logger: Logger): Tool[] {
  return [
    tool({
      name: 'attendance_summary',
      title: 'Attendance summary of a day',
      description: `A day (yesterday when date is omitted) and the seven days ending on it, per team and overall, counted by the work calendar (holidays, leave, work week): expected, present, late, absent, rate. ${TEAMS}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(SummaryQuery),
      output: SummarySchema,
      annotations: READ,
      run: (principal, args) => services.attendance.summary(principal, args),
    }),
    tool({
      name: 'attendance_range_summary',
      title: 'Attendance summary of a range of days',
      description: `The day figures added up from from to to (inclusive, up to today, at most 366 days), per team and overall. ${TEAMS}`,
      roles: DECIDING_ROLES,
      input: z
        .object({ from: CalendarDate, to: CalendarDate, team_id: TeamId.optional() })
        .refine((query) => query.from <= query.to, { message: 'must not be after to', path: ['from'] }),
      output: RangeSummarySchema,
      annotations: READ,
      run: (principal, args) => services.attendance.rangeSummary(principal, args),
    }),
    tool({
      name: 'score_summary',
      title: 'Performance score summary',
      description: `Count, mean, min and max of final scores per team and period; without a period, every period in order (the trend). ${TEAMS}`,
      roles: DECIDING_ROLES,
      input: argumentsOf(ScoreSummaryQuery),
      output: ScoreSummarySchema,
      annotations: READ,
      run: async (principal, args) => ({ items: await services.scores.summary(principal, args) }),
    }),
    tool({
      name: 'ask',
      title: 'Ask the assistant',
      description:
        'A question about the workforce data in plain language ("Who was late yesterday?", "Compare DEV and QA performance"), answered from the live data within the caller\'s scope; data.parsed says how it was read.',
      roles: EVERY_ROLE,
      input: argumentsOf(ChatBody),
      output: ChatAnswer,
      annotations: READ,
      run: async (principal, args) => {
        const { answer, trace } = await services.assistant.ask(principal, args.message);
        // The same line as /chat's, so an answer given through MCP is as traceable as one given over REST.
        if (logger.isInfoEnabled())
          logger.info('assistant answer', {
            request_id: principal.origin?.request_id ?? null,
            user: principal.username,
            provider: answer.provider,
            via: 'mcp',
            ...trace,
          });
        // The answer's intent is one of ChatAnswer's names; the SDK checks it against the output schema on the way out.
        return answer as z.output<typeof ChatAnswer>;
      },
    }),
  ];
}
