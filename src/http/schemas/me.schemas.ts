import { ROLES } from '../../core/account';
import { z } from './zod';

// Apart from the other account schemas: GET /status, a Lambda cold start's usual first request, needs only these.
export const RoleSchema = z.enum(ROLES);

export const MeSchema = z.object({ username: z.string(), role: RoleSchema, employee_id: z.string().nullable(), team_id: z.string().nullable() }).openapi('Me');
