import type { Response } from 'express';
import type { FieldIssue } from '../core/errors';

/** Each {field, message} of an error answer, as JSON, at most this long. */
const ENTRY_BYTES = 1024;
/** An error answer is at most twice the request plus this. */
const SLACK_BYTES = 64 * 1024;

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** The request's size: what a streamed body counted as it read, else what the request declared. */
function requestBytes(res: Response): number {
  const counted = res.locals.requestBytes;
  return counted ?? (Number(res.req.get('content-length')) || 0);
}

function clip(text: string, bytes: number): string {
  let clipped = text;
  while (clipped.length > 0 && bytesOf(clipped) > bytes) clipped = clipped.slice(0, Math.floor(clipped.length * 0.75));
  return clipped === text ? text : `${clipped}…`;
}

/** A client's own words come back in field names and messages: each entry is cut to size, field first. */
function boundEntry(entry: FieldIssue): FieldIssue {
  if (bytesOf(entry) <= ENTRY_BYTES) return entry;
  const field = clip(entry.field, 200);
  return { field, message: clip(entry.message, ENTRY_BYTES - bytesOf({ field, message: '' }) - 8) };
}

/** As many entries as fit in `room` bytes, in order. */
function fitting<T>(entries: T[], room: number): T[] {
  let used = 0;
  let count = 0;
  for (const entry of entries) {
    used += bytesOf(entry) + 1;
    if (used > room) break;
    count++;
  }
  return entries.slice(0, count);
}

interface Listed {
  details?: FieldIssue[];
  failed?: { row: number; errors: FieldIssue[] }[];
}

/**
 * Bounds an error answer by what was asked: every {field, message} at most
 * 1 KB, and the whole at most twice the request plus 64 KB. Lists past that
 * (validation details, a bulk import's failed rows) keep their first entries,
 * and the message says how many were left out. The cost of an answer then
 * follows the cost of the request, whatever the input.
 */
export function boundErrorBody<B extends { message: string } & Listed>(res: Response, body: B): B {
  if (!body.details && !body.failed) return body;
  const details = body.details?.map(boundEntry);
  const failed = body.failed?.map((failure) => ({ row: failure.row, errors: failure.errors.map(boundEntry) }));
  const bounded = { ...body, ...(details && { details }), ...(failed && { failed }) };
  const max = 2 * requestBytes(res) + SLACK_BYTES;
  if (bytesOf(bounded) <= max) return bounded;
  // Room for the note on the message as well.
  let room = max - bytesOf({ ...bounded, details: [], failed: [] }) - 200;
  const keptDetails = details && fitting(details, room);
  room -= keptDetails ? bytesOf(keptDetails) : 0;
  const keptFailed = failed && fitting(failed, room);
  const notes = [
    details && keptDetails!.length < details.length ? `${details.length - keptDetails!.length} of ${details.length} details` : undefined,
    failed && keptFailed!.length < failed.length ? `${failed.length - keptFailed!.length} of ${failed.length} failed rows` : undefined,
  ].filter(Boolean);
  return {
    ...bounded,
    message: `${body.message} (${notes.join(' and ')} are not listed: an error answer is at most twice the size of its request plus 64 KB)`,
    ...(keptDetails && { details: keptDetails }),
    ...(keptFailed && { failed: keptFailed }),
  };
}
