import { isCalendarDate } from '../../core/calendar';
import { EMPLOYEE_ID_PATTERN, isEmployeeId } from '../../core/employee';
import { TEAM_ID_PATTERN } from '../../core/team';
import { z } from './zod';

const upperCased = (pattern: RegExp, message: string, example: string) => z.string().trim().toUpperCase().regex(pattern, message).openapi({ example });

export const TeamId = upperCased(TEAM_ID_PATTERN, 'must be 2 to 10 letters, such as DEV', 'DEV');
const EMPLOYEE_ID_MESSAGE = 'must be a team code, a dash and a number from 001 up, such as DEV-001';
export const EmployeeId = upperCased(EMPLOYEE_ID_PATTERN, EMPLOYEE_ID_MESSAGE, 'DEV-001').refine(isEmployeeId, EMPLOYEE_ID_MESSAGE);

export const CalendarDate = z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD').openapi({ example: '2025-04-12', format: 'date' });

export const Timestamp = z.string().openapi({ format: 'date-time', example: '2025-04-12T09:00:00.000Z' });

export const PageQuery = {
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 1 to 500')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500'))
    .default(50)
    .openapi({ type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'Page size; out of range is 422, never clamped.' }),
  cursor: z.string().max(4096).optional().openapi({ description: 'Opaque: `next_cursor` of the previous page, with the same route and filters.' }),
};

export const pageOf = <T extends z.ZodType>(item: T, name: string) => z.object({ items: z.array(item), next_cursor: z.string().nullable() }).openapi(name);

export const ErrorBody = z
  .object({
    error: z.string().openapi({ example: 'Unprocessable Entity' }),
    message: z.string().openapi({ example: 'Request validation failed' }),
    code: z.string().optional().openapi({ example: 'VALIDATION_FAILED' }),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Error');
