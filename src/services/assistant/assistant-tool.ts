import { z } from 'zod';
import type { Principal } from '../../core/access';
import { AppError, ValidationError } from '../../core/errors';
import { isCalendarDate } from '../../core/calendar';
import { EMPLOYEE_ID_PATTERN } from '../../core/employee';
import { PERIOD_PATTERN } from '../../core/performance';
import { TEAM_ID_PATTERN } from '../../core/team';
import type { ToolResultPart, ToolSpec } from './llm-client.port';

/** A plain function over the services, run with the caller's Principal so role scope applies to every figure. */
export interface AssistantTool<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  input: S;
  run(principal: Principal, input: z.output<S>): Promise<unknown>;
}

export const defineTool = <S extends z.ZodType>(tool: AssistantTool<S>): AssistantTool => tool;

export function toolSpec(tool: AssistantTool): ToolSpec {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(tool.input, { io: 'input' }) as Record<string, unknown>;
  return { name: tool.name, description: tool.description, input_schema: schema };
}

/** The kinds of refusal a model should hear about and work around; anything else (a database outage) is the request's failure. */
const TOLD_TO_MODEL = new Set(['not_found', 'forbidden', 'validation', 'bad_request']);

/**
 * Arguments from a model are validated like client input: a bad one is an
 * error result the model can correct, never a crash.
 */
export async function runTool(
  tools: readonly AssistantTool[],
  principal: Principal,
  call: { id: string; name: string; input: unknown },
): Promise<ToolResultPart> {
  const result = (value: unknown, isError: boolean): ToolResultPart => ({
    type: 'tool_result',
    id: call.id,
    name: call.name,
    result: value,
    is_error: isError,
  });
  const tool = tools.find((t) => t.name === call.name);
  if (!tool) return result({ error: `There is no tool named ${call.name}` }, true);
  const parsed = tool.input.safeParse(call.input ?? {});
  if (!parsed.success) {
    return result(
      {
        error: 'Invalid arguments',
        details: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message })),
      },
      true,
    );
  }
  try {
    return result(await tool.run(principal, parsed.data), false);
  } catch (error) {
    if (error instanceof AppError && TOLD_TO_MODEL.has(error.kind)) return result({ error: error.message, kind: error.kind }, true);
    throw error;
  }
}

// Questions are about totals, not about a first page.
export { allPages } from '../../core/page';

/**
 * The same formats the REST edge accepts, from the core's own patterns (which
 * also reach the models as JSON Schema patterns): a model's argument is no
 * looser than a client's.
 */
export const DateArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real date written YYYY-MM-DD');
export const PeriodArg = z.string().trim().toUpperCase().regex(PERIOD_PATTERN, 'must be a quarter written YYYY-Qn, such as 2025-Q1');
export const EmployeeIdArg = z.string().trim().toUpperCase().regex(EMPLOYEE_ID_PATTERN, 'must be an employee id such as DEV-001 (three digits up to 999)');
export const TeamArg = z.string().trim().toUpperCase().regex(TEAM_ID_PATTERN, 'must be a team code of 2 to 10 letters, such as DEV');

/** "My attendance" and "my scores" need the caller's own employee record; the bootstrap admin has none. */
export function ownEmployeeId(principal: Principal): string {
  if (principal.employee_id === null)
    throw ValidationError.field('employee_id', 'This login has no employee record, so it has no attendance or scores of its own');
  return principal.employee_id;
}
