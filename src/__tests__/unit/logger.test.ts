import { PassThrough } from 'node:stream';
import winston from 'winston';
import { logFormat } from '../../logger';

describe('the log format', () => {
  it('when an error is logged as metadata, then its name, message, code and stack are in the line', () => {
    const sink = new PassThrough();
    const lines: string[] = [];
    sink.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const logger = winston.createLogger({ format: logFormat, transports: [new winston.transports.Stream({ stream: sink })] });
    logger.error('unhandled error', { error: Object.assign(new RangeError('Maximum call stack size exceeded'), { code: 'E_DEEP' }) });
    const line = JSON.parse(lines.join('')) as { message: string; error: Record<string, unknown> };
    expect(line.message).toBe('unhandled error');
    expect(line.error).toEqual({
      name: 'RangeError',
      message: 'Maximum call stack size exceeded',
      code: 'E_DEEP',
      stack: expect.stringContaining('logger.test.ts'),
    });
  });
});
