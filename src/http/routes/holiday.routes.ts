import type { HolidayService } from '../../services/holidays/holiday.service';
import type { ApiRouter } from '../api-router';
import { addCsvImport, columnsOf, type ImportLimits } from '../csv-import-route';
import type { Paginator } from '../pagination';
import { HolidayCreateBody, HolidayListQuery, HolidayPage, HolidayParams, HolidayRow, HolidaySchema, HolidayUpdateBody } from '../schemas/holiday.schemas';

const SCOPE_TAKEN = { description: 'That scope (the team, or the organisation) already has a holiday on that date' };

/** The work calendar's holidays: every role reads them, an admin writes them. */
export function holidayRoutes(api: ApiRouter, holidays: HolidayService, pages: Paginator, limits: ImportLimits): void {
  // Before /holidays/{holiday_id}, which has as many segments.
  addCsvImport(api, limits, {
    path: '/holidays/bulk',
    what: 'holidays',
    key: 'date and team_id, an empty team_id being the organisation; name and half are updated',
    roles: ['admin'],
    writable: columnsOf(HolidayRow),
    row: HolidayRow,
    run: (principal, rows, mode) => holidays.importRows(principal, rows, mode),
  });

  api.add({
    method: 'get',
    path: '/holidays',
    tag: 'Work calendar',
    summary: 'List holidays, by date',
    description: "Without team_id, every holiday; with it, that team's and the organisation's, each carrying its own team_id.",
    auth: 'required',
    query: HolidayListQuery,
    responses: { 200: { description: 'A page of holidays', schema: HolidayPage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => holidays.list(principal, filter, page)) };
    },
  });

  api.add({
    method: 'post',
    path: '/holidays',
    tag: 'Work calendar',
    summary: 'Create a holiday of the organisation or of one team',
    description: 'team_id null: the whole organisation; half null: the whole day. Summaries from that date on are counted again.',
    auth: 'required',
    roles: ['admin'],
    body: { schema: HolidayCreateBody },
    responses: { 201: { description: 'Created', schema: HolidaySchema }, 409: SCOPE_TAKEN },
    handler: async ({ body, principal }) => ({ status: 201, body: await holidays.create(principal, body) }),
  });

  api.add({
    method: 'get',
    path: '/holidays/{holiday_id}',
    tag: 'Work calendar',
    summary: 'Read a holiday',
    auth: 'required',
    params: HolidayParams,
    responses: { 200: { description: 'The holiday', schema: HolidaySchema }, 404: { description: 'No such holiday' } },
    handler: async ({ params, principal }) => ({ status: 200, body: await holidays.get(principal, params.holiday_id) }),
  });

  api.add({
    method: 'put',
    path: '/holidays/{holiday_id}',
    tag: 'Work calendar',
    summary: 'Change a holiday (partial)',
    auth: 'required',
    roles: ['admin'],
    params: HolidayParams,
    body: { schema: HolidayUpdateBody },
    responses: { 200: { description: 'Changed', schema: HolidaySchema }, 404: { description: 'No such holiday' }, 409: SCOPE_TAKEN },
    handler: async ({ params, body, principal }) => ({ status: 200, body: await holidays.update(principal, params.holiday_id, body) }),
  });

  api.add({
    method: 'delete',
    path: '/holidays/{holiday_id}',
    tag: 'Work calendar',
    summary: 'Delete a holiday',
    auth: 'required',
    roles: ['admin'],
    params: HolidayParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such holiday' } },
    handler: async ({ params, principal }) => {
      await holidays.delete(principal, params.holiday_id);
      return { status: 204 };
    },
  });
}
