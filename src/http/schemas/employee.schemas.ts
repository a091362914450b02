import { EMPLOYEE_STATUSES, POSITIONS } from '../../core/employee';
import { Password, RoleSchema } from './account.schemas';
import { CalendarDate, EmployeeId, PageQuery, TeamId, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

const Name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const Email = z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address'));
const JobTitle = z.string().trim().min(1, 'must not be empty').max(200).nullable();
const PositionSchema = z.enum(POSITIONS);
const StatusSchema = z.enum(EMPLOYEE_STATUSES);
const EndDate = CalendarDate.nullable().openapi({
  description: 'The last working day, not before hire_date; null while employed. Going inactive without one ends the employment today.',
});

export const EmployeeSchema = z
  .object({
    employee_id: z.string(),
    name: z.string(),
    email: z.string(),
    team_id: z.string(),
    position: PositionSchema,
    job_title: z.string().nullable(),
    status: StatusSchema,
    hire_date: z.string().openapi({ format: 'date' }),
    end_date: z.string().nullable().openapi({ format: 'date', description: 'The last working day; null while employed.' }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Employee');

export const EmployeePage = pageOf(EmployeeSchema, 'EmployeePage');
export const EmployeeParams = z.object({ employee_id: EmployeeId });

export const EmployeeCreateBody = z
  .strictObject({
    employee_id: EmployeeId.optional().openapi({ description: "Assigned from the team's counter when omitted; must carry the team's prefix." }),
    name: Name,
    email: Email,
    team_id: TeamId,
    position: PositionSchema,
    job_title: JobTitle.optional(),
    status: StatusSchema.optional(),
    hire_date: CalendarDate.optional().openapi({ description: 'Defaults to today in ORG_TIMEZONE.' }),
    end_date: EndDate.optional(),
    account: z
      .strictObject({ password: Password, role: RoleSchema.default('employee') })
      .optional()
      .openapi({ description: "The employee's login, written in the same operation (all or nothing)." }),
  })
  .openapi('EmployeeCreate');

export const EmployeeUpdateBody = z
  .strictObject({
    name: Name.optional(),
    email: Email.optional(),
    team_id: TeamId.optional(),
    position: PositionSchema.optional(),
    job_title: JobTitle.optional(),
    status: StatusSchema.optional(),
    hire_date: CalendarDate.optional(),
    end_date: EndDate.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'must change at least one field')
  .openapi('EmployeeUpdate');

export const EmployeeListQuery = z.object({
  team_id: TeamId.optional(),
  department: TeamId.optional().openapi({ description: 'Alias of team_id.' }),
  position: PositionSchema.optional(),
  status: StatusSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().openapi({ description: 'Name (case-insensitive substring) or employee id prefix.' }),
  ...PageQuery,
});

export const TeamPeriodPage = z
  .object({
    items: z.array(
      z.object({
        team_id: z.string(),
        from: z.string().openapi({ format: 'date' }),
        to: z
          .string()
          .nullable()
          .openapi({ format: 'date', description: 'The last day in that team (the day before the move); null for the team they are in.' }),
      }),
    ),
  })
  .openapi('TeamPeriods', { description: 'Ordered by from; the periods never overlap.' });
