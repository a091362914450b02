import winston from 'winston';

export type Logger = winston.Logger;

/**
 * Errors passed as metadata (`logger.error('unhandled error', { error })`) as
 * their name, message, code and stack: JSON keeps only enumerable fields, so
 * an Error came out as `{}` and the log of a 500 said nothing of its cause.
 */
const errorMetadata = winston.format((info) => {
  for (const [key, value] of Object.entries(info)) {
    if (value instanceof Error) {
      const { code } = value as Error & { code?: unknown };
      info[key] = { name: value.name, message: value.message, ...(code !== undefined && { code }), stack: value.stack };
    }
  }
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
