import type { Request, Response } from 'express';
import type { Principal } from '../../core/access';
import type { ImportReport } from '../../core/errors';
import type { ImportMode, ImportService } from '../../services/import.service';
import type { ApiRouter } from '../api-router';
import { csvRows, type CsvSpec } from '../csv-rows';
import { byteCount, readCsvUpload } from '../csv-upload';
import { AttendanceCreateBody } from '../schemas/attendance.schemas';
import { ErrorBody } from '../schemas/common.schemas';
import { EmployeeCreateBody } from '../schemas/employee.schemas';
import { ScoreCreateBody } from '../schemas/score.schemas';
import { z } from '../schemas/zod';

export interface ImportLimits {
  maxRows: number;
  maxBytes: string;
}

/** The single-item routes' own field rules; a row may leave out what an update does not need. */
const EmployeeRow = EmployeeCreateBody.omit({ account: true }).partial();
const NUMERIC = ['kpi', 'completed_task', 'feedback_360'];
const ScoreRow = z.preprocess(
  // CSV cells are text: numbers are read as numbers, and anything else fails the number rule.
  (row) => Object.fromEntries(Object.entries(row as Record<string, string>).map(([key, value]) => [key, NUMERIC.includes(key) ? Number(value) : value])),
  ScoreCreateBody.partial({ kpi: true, completed_task: true, feedback_360: true }),
);
const AttendanceRow = AttendanceCreateBody;

const columnsOf = (schema: z.ZodObject<z.ZodRawShape>) => Object.keys(schema.shape);

const Report = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    failed: z.array(z.object({ row: z.number().int().openapi({ description: 'The line the record starts on; the header is line 1.' }), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  })
  .openapi('ImportReport');

/** A rejected all-or-nothing import carries its report; a bad column or mode is a plain validation error. */
const Rejection = ErrorBody.extend(Report.partial().shape).openapi('ImportRejection');

const Mode = z.object({
  mode: z.enum(['all', 'partial']).default('all').openapi({ description: 'all: any failing row and nothing is written (422 with the report). partial: the valid rows are written.' }),
});

const CsvBody = z.string().openapi({ description: 'CSV with a header row of writable field names; empty cells mean "not given".' });

export function importRoutes(api: ApiRouter, imports: ImportService, limits: ImportLimits): void {
  // Read by the handler as it arrives (csv-upload.ts), not buffered by the router.
  const body = { schema: CsvBody, types: ['csv', 'multipart'] as const, streamed: true };
  const maxBytes = byteCount(limits.maxBytes);
  const rowsOf = <S extends z.ZodType>(req: Request, res: Response, spec: Omit<CsvSpec<S>, 'maxRows'>) =>
    readCsvUpload(req, res, maxBytes, (text) => csvRows(text, { ...spec, maxRows: limits.maxRows }));
  const responses = {
    200: { description: 'Imported (in partial mode, also with failed rows)', schema: Report },
    413: { description: 'Past IMPORT_MAX_BYTES or IMPORT_MAX_ROWS' },
    422: { description: 'A row failed (all-or-nothing: nothing written; the report is in the body), or an unknown or read-only column', schema: Rejection },
  };
  const description = (key: string) =>
    `CSV as the body (text/csv) or as the field "file" of multipart/form-data. Rows whose key exists update it (${key}); a key repeated in the file fails on its later rows. At most ${limits.maxRows} rows.`;

  type Run = (principal: Principal, req: Request, res: Response, mode: ImportMode) => Promise<ImportReport>;
  const specs: { path: string; what: string; key: string; roles: ('admin' | 'manager')[]; run: Run }[] = [
    {
      path: '/employees/bulk',
      what: 'employees',
      key: 'employee_id, or email when no id is given',
      roles: ['admin'],
      run: async (principal, req, res, mode) => imports.importEmployees(principal, await rowsOf(req, res, { writable: columnsOf(EmployeeRow), schema: EmployeeRow }), mode),
    },
    {
      path: '/performance-scores/bulk',
      what: 'performance scores',
      key: 'employee_id and period',
      roles: ['admin', 'manager'],
      run: async (principal, req, res, mode) => imports.importScores(principal, await rowsOf(req, res, { writable: columnsOf(ScoreCreateBody), schema: ScoreRow }), mode),
    },
    {
      path: '/attendance/bulk',
      what: 'attendance',
      key: 'employee_id and attendance_date',
      roles: ['admin', 'manager'],
      run: async (principal, req, res, mode) => imports.importAttendance(principal, await rowsOf(req, res, { writable: columnsOf(AttendanceRow), schema: AttendanceRow }), mode),
    },
  ];
  for (const spec of specs) {
    api.add({
      method: 'post',
      path: spec.path,
      tag: 'Bulk import',
      summary: `Import ${spec.what} from CSV`,
      description: description(spec.key),
      auth: 'required',
      roles: spec.roles,
      query: Mode,
      body,
      responses,
      handler: async ({ principal, query, req, res }) => ({ status: 200, body: await spec.run(principal, req, res, query.mode) }),
    });
  }
}
