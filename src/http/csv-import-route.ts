import type { Request, Response } from 'express';
import type { Principal } from '../core/access';
import type { Role } from '../core/account';
import type { ImportReport } from '../core/errors';
import type { ImportMode } from '../services/import.service';
import type { ImportRow } from '../services/import-verdicts';
import type { ApiRouter } from './api-router';
import { csvRows } from './csv-rows';
import { byteCount } from './byte-count';
import { readCsvUpload } from './csv-upload';
import { ErrorBody } from './schemas/common.schemas';
import { z } from './schemas/zod';

export interface ImportLimits {
  maxRows: number;
  maxBytes: string;
}

export interface CsvImport<S extends z.ZodType> {
  path: string;
  /** What the rows are, for the summary: "employees". */
  what: string;
  /** What a row is matched on to update instead of create. */
  key: string;
  roles: Role[];
  /** The columns a header may name. */
  writable: readonly string[];
  /** Each row's rules; an empty cell is "not given". */
  row: S;
  run: (principal: Principal, rows: ImportRow<z.output<S>>[], mode: ImportMode) => Promise<ImportReport>;
}

const Report = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    failed: z.array(
      z.object({
        row: z.number().int().openapi({ description: 'The line the record starts on; the header is line 1.' }),
        errors: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
  })
  .openapi('ImportReport');

/** A rejected all-or-nothing import carries its report; a bad column or mode is a plain validation error. */
const Rejection = ErrorBody.extend(Report.partial().shape).openapi('ImportRejection');

const Mode = z.object({
  mode: z
    .enum(['all', 'partial'])
    .default('all')
    .openapi({ description: 'all: any failing row and nothing is written (422 with the report). partial: the valid rows are written.' }),
});

const CsvBody = z.string().openapi({ description: 'CSV with a header row of writable field names; empty cells mean "not given".' });

/** One bulk import route: the same body, modes, limits and report as every other. */
export function addCsvImport<S extends z.ZodType>(api: ApiRouter, limits: ImportLimits, spec: CsvImport<S>): void {
  const maxBytes = byteCount(limits.maxBytes);
  api.add({
    method: 'post',
    path: spec.path,
    tag: 'Bulk import',
    summary: `Import ${spec.what} from CSV`,
    description: `CSV as the body (text/csv) or as the field "file" of multipart/form-data. Rows whose key exists update it (${spec.key}); a key repeated in the file fails on its later rows. At most ${limits.maxRows} rows.`,
    auth: 'required',
    roles: spec.roles,
    query: Mode,
    // Read by the handler as it arrives (csv-upload.ts), not buffered by the router.
    body: { schema: CsvBody, types: ['csv', 'multipart'], streamed: true },
    responses: {
      200: { description: 'Imported (in partial mode, also with failed rows)', schema: Report },
      413: { description: 'Past IMPORT_MAX_BYTES or IMPORT_MAX_ROWS' },
      422: { description: 'A row failed (all-or-nothing: nothing written; the report is in the body), or an unknown or read-only column', schema: Rejection },
    },
    handler: async ({ principal, query, req, res }: { principal: Principal; query: { mode: ImportMode }; req: Request; res: Response }) => {
      const rows = await readCsvUpload(req, res, maxBytes, (text) => csvRows(text, { writable: spec.writable, schema: spec.row, maxRows: limits.maxRows }));
      return { status: 200, body: await spec.run(principal, rows, query.mode) };
    },
  });
}

export const columnsOf = (schema: z.ZodObject<z.ZodRawShape>) => Object.keys(schema.shape);
