import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

type SecurityRequirement = Record<string, string[]>;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operation's name in generated clients, from its method and path, so it
 * is unique as they are and nobody has to pick forty names:
 * GET /employees/{employee_id} is getEmployeesByEmployeeId.
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment);
      return parameter ? ['by', ...parameter[1]!.split('_')] : segment.split(/[^A-Za-z0-9]+/);
    });
  return method + words.map(capitalised).join('');
}

/**
 * Registers how to authenticate. With local logins, an OAuth2 password flow
 * on the token route beside the plain bearer token, so Swagger UI's
 * Authorize button logs in with a username and password; with an outside
 * identity provider the token route is absent, and only the bearer token is
 * offered.
 */
export function registerSecuritySchemes(registry: OpenAPIRegistry, tokenUrl: string | null): void {
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  if (tokenUrl === null) return;
  registry.registerComponent('securitySchemes', 'OAuth2', {
    type: 'oauth2',
    description: 'Log in with a username and password at the token route; the token it gives is a bearer JWT.',
    flows: { password: { tokenUrl, scopes: {} } },
  });
}

/** What an operation that needs a token requires, by the schemes registerSecuritySchemes registered. */
export const securityRequirement = (tokenUrl: string | null): SecurityRequirement[] =>
  tokenUrl === null ? [{ bearerAuth: [] }] : [{ OAuth2: [] }, { bearerAuth: [] }];
