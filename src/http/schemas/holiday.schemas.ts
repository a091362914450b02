import { HALVES } from '../../core/work-calendar/holiday';
import { CalendarDate, PageQuery, TeamId, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

const HolidayName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').openapi({ example: 'Whit Monday' });
const Half = z.enum(HALVES).nullable().openapi({ description: 'am or pm for half a day; null for the whole day.' });
const Scope = TeamId.nullable().openapi({ description: "The team whose holiday it is; null for the whole organisation's." });

export const HolidaySchema = z
  .object({
    holiday_id: z.string(),
    date: z.string().openapi({ format: 'date' }),
    name: z.string(),
    team_id: z.string().nullable(),
    half: z.enum(HALVES).nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Holiday', {
    example: {
      holiday_id: '3f1c2a9e-8d4b-4c1e-9a63-2b7f0d5e6a18',
      date: '2025-06-09',
      name: 'Whit Monday',
      team_id: null,
      half: null,
      created_at: '2025-01-02T09:00:00.000Z',
      updated_at: '2025-01-02T09:00:00.000Z',
    },
  });

export const HolidayPage = pageOf(HolidaySchema, 'HolidayPage');

/** Ids are the service's (UUIDs); loose enough for ids written by other tools, such as the bench generator's. */
export const HolidayParams = z.object({
  holiday_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a holiday id: 1 to 64 letters, digits, dashes or underscores')
    .openapi({ example: '3f1c2a9e-8d4b-4c1e-9a63-2b7f0d5e6a18' }),
});

const holidayFields = { date: CalendarDate, name: HolidayName, team_id: Scope.default(null), half: Half.default(null) };

export const HolidayCreateBody = z.strictObject(holidayFields).openapi('HolidayCreate', { description: 'holiday_id is assigned by the service.' });

/** A CSV row of POST /holidays/bulk: the create body's rules, an empty cell being null. */
export const HolidayRow = HolidayCreateBody;

export const HolidayUpdateBody = z
  .strictObject({ date: CalendarDate.optional(), name: HolidayName.optional(), team_id: Scope.optional(), half: Half.optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'must change at least one field')
  .openapi('HolidayUpdate');

export const HolidayListQuery = z
  .object({
    from: CalendarDate.optional().openapi({ description: 'Inclusive.' }),
    to: CalendarDate.optional().openapi({ description: 'Inclusive; not before from.' }),
    team_id: TeamId.optional().openapi({ description: "That team's holidays and the organisation's." }),
    ...PageQuery,
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, { message: 'must not be after to', path: ['from'] });
