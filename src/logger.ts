import winston from 'winston';
import { bundleInfo } from './bundle-info';
import { withSourcePositions } from './stack-source-positions';

export type Logger = winston.Logger;

/**
 * In the minified Lambda bundle, stacks name source files and lines, read
 * from the map shipped beside it; elsewhere they already do.
 */
const readableStack = (stack: string | undefined) => (bundleInfo && stack ? withSourcePositions(stack) : stack);

/**
 * Errors passed as metadata (`logger.error('unhandled error', { error })`) as
 * their name, message, code and stack: JSON keeps only enumerable fields, so
 * an Error came out as `{}` and the log of a 500 said nothing of its cause.
 */
const errorMetadata = winston.format((info) => {
  for (const [key, value] of Object.entries(info)) {
    if (value instanceof Error) {
      const { code } = value as Error & { code?: unknown };
      info[key] = { name: value.name, message: value.message, ...(code !== undefined && { code }), stack: readableStack(value.stack) };
    }
  }
  // format.errors() puts the stack of an Error logged as the message here.
  if (typeof info.stack === 'string') info.stack = readableStack(info.stack);
  return info;
});

/** One JSON object per line, for CloudWatch and any log shipper alike. */
export const logFormat = winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), errorMetadata(), winston.format.json());

export function createLogger(level: string): Logger {
  return winston.createLogger({
    level: level === 'silent' ? 'error' : level,
    silent: level === 'silent',
    defaultMeta: { service: 'workforce-api' },
    format: logFormat,
    transports: [new winston.transports.Console()],
  });
}
