import type { ImportService } from '../../services/import.service';
import type { ApiRouter } from '../api-router';
import { addCsvImport, columnsOf, type ImportLimits } from '../csv-import-route';
import { AttendanceCreateBody } from '../schemas/attendance.schemas';
import { EmployeeCreateBody } from '../schemas/employee.schemas';
import { ScoreCreateBody } from '../schemas/score.schemas';
import { z } from '../schemas/zod';

export type { ImportLimits } from '../csv-import-route';

/** The single-item routes' own field rules; a row may leave out what an update does not need. */
const EmployeeRow = EmployeeCreateBody.omit({ account: true }).partial();
const NUMERIC = ['kpi', 'completed_task', 'feedback_360'];
const ScoreRow = z.preprocess(
  // CSV cells are text: numbers are read as numbers, and anything else fails the number rule.
  (row) => Object.fromEntries(Object.entries(row as Record<string, string>).map(([key, value]) => [key, NUMERIC.includes(key) ? Number(value) : value])),
  ScoreCreateBody.partial({ kpi: true, completed_task: true, feedback_360: true }),
);
const AttendanceRow = AttendanceCreateBody;

export function importRoutes(api: ApiRouter, imports: ImportService, limits: ImportLimits): void {
  addCsvImport(api, limits, {
    path: '/employees/bulk',
    what: 'employees',
    key: 'employee_id, or email when no id is given',
    roles: ['admin'],
    writable: columnsOf(EmployeeRow),
    row: EmployeeRow,
    run: (principal, rows, mode) => imports.importEmployees(principal, rows, mode),
  });
  addCsvImport(api, limits, {
    path: '/performance-scores/bulk',
    what: 'performance scores',
    key: 'employee_id and period',
    roles: ['admin', 'manager'],
    writable: columnsOf(ScoreCreateBody),
    row: ScoreRow,
    run: (principal, rows, mode) => imports.importScores(principal, rows, mode),
  });
  addCsvImport(api, limits, {
    path: '/attendance/bulk',
    what: 'attendance',
    key: 'employee_id and attendance_date',
    roles: ['admin', 'manager'],
    writable: columnsOf(AttendanceRow),
    row: AttendanceRow,
    run: (principal, rows, mode) => imports.importAttendance(principal, rows, mode),
  });
}
