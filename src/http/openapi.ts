import { OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { AppInfo } from './app-info';

export function buildOpenApiDocument(registry: OpenAPIRegistry, info: AppInfo) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'workforce-api',
      version: info.version,
      description:
        'HR operations: employees and teams, attendance, performance scores, bulk import and an assistant. ' +
        'Errors always carry `error` and `message` (and `details` for validation). Lists take `limit` (1–500) and an opaque `cursor`.',
    },
    servers: [{ url: '/' }],
  });
}
