import { PAYROLL_COLUMNS } from '../../core/export/payroll';
import type { PayrollExport } from '../../services/exports/payroll-export';
import type { ApiRouter } from '../api-router';
import { PayrollExportQuery, PayrollExportSchema } from '../schemas/export.schemas';

/** The month's attendance for payroll, as CSV (streamed a slice of people at a time) or JSON (built whole). */
export function exportRoutes(api: ApiRouter, payroll: PayrollExport): void {
  api.add({
    method: 'get',
    path: '/exports/attendance',
    tag: 'Exports',
    summary: "A month's attendance per employee, for payroll",
    description:
      'One row per employee, by employee_id, each the absence rule over their counted days; in the current month, days after today are left out. CSV (RFC 4180, CRLF, a header row; text cells starting with =, +, -, @, tab or CR get a leading apostrophe) or JSON. Adds up to GET /attendance/summary?from=&to= over the same days.',
    auth: 'required',
    roles: ['admin', 'manager'],
    query: PayrollExportQuery,
    responses: { 200: { description: 'The export', schema: PayrollExportSchema, csv: true }, 403: { description: "Another team's export" } },
    handler: async ({ query, principal }) => {
      const { format, ...filter } = query;
      if (format === 'json') return { status: 200, body: await payroll.rows(principal, filter) };
      const { month, pages } = payroll.stream(principal, filter);
      return { status: 200, csv: { columns: PAYROLL_COLUMNS, pages, filename: `attendance-${month}${filter.team_id ? `-${filter.team_id}` : ''}.csv` } };
    },
  });
}
