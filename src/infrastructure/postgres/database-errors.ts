import { AppError, DatabaseUnavailableError, ValidationError } from '../../core/errors';
import { UNREACHABLE_NETWORK_CODES } from '../network-errors';

/** A driver error with PostgreSQL's SQLSTATE and, for constraint errors, the constraint's name. */
export interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

export function isPgError(error: unknown): error is PgError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return isPgError(error) && error.code === '23505' && (constraint === undefined || error.constraint === constraint);
}

export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return isPgError(error) && error.code === '23503' && (constraint === undefined || error.constraint === constraint);
}

function isUnavailable(error: unknown): boolean {
  if (isPgError(error)) {
    // 08: connection exception; 57P0x: the server is shutting down or restarting; 53300: too many connections.
    return UNREACHABLE_NETWORK_CODES.has(error.code) || error.code.startsWith('08') || /^57P0[1-3]$/.test(error.code) || error.code === '53300';
  }
  if (error instanceof Error) {
    return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end|Query read timeout/i.test(
      error.message,
    );
  }
  return false;
}

/** Connection failures become DatabaseUnavailableError (503); everything else passes through for the repository to interpret. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isUnavailable(error)) return new DatabaseUnavailableError(error);
  // Class 22 (data exception) is a value the database cannot store: the input's
  // fault, so a 422 rather than a 500, should one ever slip past the edge.
  if (isPgError(error) && error.code.startsWith('22')) return new ValidationError('A value in the request cannot be stored');
  return error;
}
