import { passwordLengthProblem } from '../../core/account';
import { Timestamp, pageOf } from './common.schemas';
import { RoleSchema } from './me.schemas';
import { z } from './zod';

export { MeSchema, RoleSchema } from './me.schemas';

export const Password = z
  .string()
  .superRefine((value, ctx) => {
    const problem = passwordLengthProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({ description: '10 to 72 bytes (UTF-8).', example: 'correct-horse-battery' });

export const TokenBody = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(254)
      .openapi({ description: "An employee's email or id, or the bootstrap admin's name (case-insensitive)." }),
    password: z.string().min(1, 'is required').max(1024),
    grant_type: z.literal('password').optional(),
  })
  .openapi('TokenRequest');

export const TokenSchema = z
  .object({ access_token: z.string(), token_type: z.literal('bearer'), expires_in: z.number().int().openapi({ description: 'Seconds.' }) })
  .openapi('Token');

export const PasswordChangeBody = z
  .strictObject({ current_password: z.string().min(1, 'is required').max(1024), new_password: Password })
  .openapi('PasswordChange');

export const UserSchema = z
  .object({
    username: z.string(),
    role: RoleSchema,
    employee_id: z.string().nullable(),
    team_id: z.string().nullable(),
    disabled: z.boolean(),
    created_at: Timestamp,
  })
  .openapi('User');

export const UserPage = pageOf(UserSchema, 'UserPage');

export const AccountPutBody = z
  .strictObject({ password: Password.optional(), role: RoleSchema.optional(), disabled: z.boolean().optional() })
  .openapi('AccountPut', { description: 'Creating a login needs a password; role defaults to employee.' });
