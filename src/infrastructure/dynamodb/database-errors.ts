import { AppError, DatabaseUnavailableError } from '../../core/errors';
import { UNREACHABLE_NETWORK_CODES } from '../network-errors';

interface AwsError {
  name: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  CancellationReasons?: { Code?: string }[];
}

function isAwsError(error: unknown): error is AwsError {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string';
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return isAwsError(error) && error.name === 'ConditionalCheckFailedException';
}

/** The table is not there: the SDK's error, or the 503 translateDynamoError made of it. */
export function isMissingTable(error: unknown): boolean {
  const cause = error instanceof DatabaseUnavailableError ? error.cause : error;
  return isAwsError(cause) && cause.name === 'ResourceNotFoundException';
}

/** Per item of a cancelled transaction: why it failed ('None' for the ones that did not). */
export function cancellationCodes(error: unknown): string[] | null {
  if (!isAwsError(error) || error.name !== 'TransactionCanceledException') return null;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

const UNAVAILABLE_NAMES = new Set([
  'ServiceUnavailable',
  'InternalServerError',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TimeoutError',
  'ResourceNotFoundException',
]);

const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(${[...UNREACHABLE_NETWORK_CODES].join('|')})\\b`);

/** Unreachable, overloaded or missing-table errors become 503; the rest pass through for the repository to read. */
export function translateDynamoError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isAwsError(error)) {
    if (UNAVAILABLE_NAMES.has(error.name) || (error.code !== undefined && UNREACHABLE_NETWORK_CODES.has(error.code)))
      return new DatabaseUnavailableError(error);
    if ((error.$metadata?.httpStatusCode ?? 0) >= 500) return new DatabaseUnavailableError(error);
    // The SDK wraps a network error it cannot recognise as an Error (one from another realm) in a
    // plain Error whose message alone still names the socket's code.
    if (error instanceof Error && NETWORK_CODE_IN_MESSAGE.test(error.message)) return new DatabaseUnavailableError(error);
  }
  return error;
}
