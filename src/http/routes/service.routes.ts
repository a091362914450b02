import { whoIs } from '../../core/access';
import type { ApiRouter } from '../api-router';
import { z } from '../schemas/zod';
import { MeSchema } from '../schemas/me.schemas';
import type { AppInfo } from '../app-info';
import { ErrorBody } from '../schemas/common.schemas';

const StatusSchema = z
  .object({
    status: z.literal('ok'),
    timestamp: z.string(),
    version: z.string(),
    service: z.string(),
    environment: z.string(),
    user: MeSchema.optional(),
  })
  .openapi('Status');

const HealthSchema = z.object({ status: z.literal('ok'), database: z.literal('ok') }).openapi('Health');
const HealthFailureSchema = ErrorBody.extend({ status: z.literal('error'), database: z.literal('unreachable') }).openapi('HealthFailure');

export function serviceRoutes(api: ApiRouter, info: AppInfo, ping: () => Promise<void>, openApiDocument: () => unknown): void {
  api.add({
    method: 'get',
    path: '/status',
    tag: 'Service',
    summary: 'Service status (with the caller when a valid token is sent)',
    auth: 'optional',
    responses: { 200: { description: 'Up', schema: StatusSchema } },
    handler: ({ principal }) => ({
      status: 200,
      body: {
        status: 'ok',
        timestamp: new Date().toISOString(),
        version: info.version,
        service: info.service,
        environment: info.environment,
        ...(principal && { user: whoIs(principal) }),
      },
    }),
  });

  api.add({
    method: 'get',
    path: '/health',
    tag: 'Service',
    summary: 'Readiness: whether the database answers',
    auth: 'none',
    responses: { 200: { description: 'Healthy', schema: HealthSchema }, 503: { description: 'The database does not answer', schema: HealthFailureSchema } },
    handler: async ({ res }) => {
      try {
        await ping();
        return { status: 200, body: { status: 'ok', database: 'ok' } };
      } catch {
        res.setHeader('Retry-After', '5');
        return {
          status: 503,
          body: { error: 'Service Unavailable', message: 'The database is unreachable', status: 'error', database: 'unreachable' },
        };
      }
    },
  });

  api.add({
    method: 'get',
    path: '/openapi.json',
    tag: 'Service',
    summary: 'This OpenAPI document',
    auth: 'none',
    responses: { 200: { description: 'OpenAPI 3.1', schema: z.record(z.string(), z.unknown()) } },
    handler: () => ({ status: 200, body: openApiDocument() }),
  });
}
