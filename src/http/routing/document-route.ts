import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { operationIdOf } from '../openapi-operation';
import { documentedResponses } from '../openapi-responses';
import { z } from '../schemas/zod';
import { MEDIA_TYPES } from './input';
import type { AnyRoute } from './route-definition';

const MultipartFile = z.object({ file: z.string().openapi({ format: 'binary', description: 'The CSV file.' }) });

/** A route's entry in the OpenAPI document, from the schemas that validate it. */
export function documentRoute(registry: OpenAPIRegistry, route: AnyRoute, security: Record<string, string[]>[]): void {
  registry.registerPath({
    method: route.method,
    path: route.path,
    operationId: operationIdOf(route.method, route.path),
    summary: route.summary,
    description: [route.description, route.roles && `Roles: ${route.roles.join(', ')}.`].filter(Boolean).join('\n\n') || undefined,
    tags: [route.tag],
    // A token is optional only on /status, which answers everyone alike and adds who the token names.
    security: route.auth === 'required' ? security : [],
    request: {
      ...(route.params && { params: route.params }),
      ...(route.query && { query: route.query }),
      ...(route.body && {
        body: {
          required: !route.body.optional,
          content: Object.fromEntries(
            (route.body.types ?? ['json']).map((t) => [MEDIA_TYPES[t], { schema: t === 'multipart' ? MultipartFile : route.body!.schema }]),
          ),
        },
      }),
    },
    responses: documentedResponses(route),
  });
}
