import winston from 'winston';

export type Logger = winston.Logger;

/** One JSON object per line, for CloudWatch and any log shipper alike. */
export function createLogger(level: string): Logger {
  return winston.createLogger({
    level: level === 'silent' ? 'error' : level,
    silent: level === 'silent',
    defaultMeta: { service: 'workforce-api' },
    format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Console()],
  });
}
