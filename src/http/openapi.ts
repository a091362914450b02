import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { AppInfo } from './app-info';
import { registerSecuritySchemes } from './openapi-operation';
import { ErrorBody } from './schemas/common.schemas';

type Document = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/**
 * Swagger UI's "Try it out" fills a parameter in with its example, so an
 * example on an optional filter becomes a filter nobody chose (team_id=DEV
 * and department=DEV at once, which then disagree). The schemas keep their
 * examples for path parameters and bodies, where a value is needed anyway.
 */
function withoutFilterExamples(document: Document): Document {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of [item.get, item.put, item.post, item.delete]) {
      for (const parameter of operation?.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'query' || parameter.required) continue;
        delete parameter.example;
        if (parameter.schema && 'example' in parameter.schema) delete parameter.schema.example;
      }
    }
  }
  return document;
}

/** The document of every route group's registry, in the groups' order, after the security schemes and the error format. */
export function buildOpenApiDocument(registries: readonly OpenAPIRegistry[], tokenUrl: string | null, info: AppInfo): Document {
  const common = new OpenAPIRegistry();
  registerSecuritySchemes(common, tokenUrl);
  common.register('Error', ErrorBody);
  const document = new OpenApiGeneratorV31([common, ...registries].flatMap((registry) => registry.definitions)).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'workforce-api',
      version: info.version,
      description:
        'HR operations: employees and teams, attendance, performance scores, bulk import and an assistant. ' +
        'Errors always carry `error` and `message` (and `details` for validation). Lists take `limit` (1–500) and an opaque `cursor`.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/' }],
  });
  return withoutFilterExamples(document);
}
