import type { Express } from 'express';
import OpenAPIBackend, { type Document, type Operation } from 'openapi-backend';
import type { RecordedResponse } from './response-recorder';

/**
 * One validator per document and test worker: suites whose apps differ only
 * in data share it, and compiling its schemas is the costly part.
 * quick: the definition check openapi-backend runs is for OpenAPI 3.0 (Redocly
 * checks ours, openapi-document.test.ts); its validators are built lazily.
 */
const validators = new Map<string, Promise<OpenAPIBackend>>();

function validatorFor(document: Document): Promise<OpenAPIBackend> {
  const key = JSON.stringify(document);
  let validator = validators.get(key);
  if (!validator) {
    validator = new OpenAPIBackend({ definition: structuredClone(document), quick: true, strict: true, ajvOpts: { logger: false } }).init();
    validators.set(key, validator);
  }
  return validator;
}

/** The document the app serves, read from the app rather than over HTTP, which a suite's low rate limit may refuse. */
export const documentOf = (app: Express) => (app.locals.openApiDocument as () => Document)();

function parsed(body: string): { value: unknown } | undefined {
  if (body === '') return { value: null };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}

const describeErrors = (errors: { instancePath?: string; message?: string }[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`).join('; ');

/**
 * Each recorded response the document does not describe, as a line saying
 * why: a status the operation does not list (nor a default), or a body its
 * schema refuses. Answers outside the document (unknown paths, methods) are
 * held to the error format, which is every operation's `default` response.
 * /docs is the HTML page and its assets, outside the API's JSON contract.
 */
export async function undocumentedResponses(document: object, responses: readonly RecordedResponse[]): Promise<string[]> {
  const api = await validatorFor(document as Document);
  const errorFormat = api.getOperations().find((operation) => operation.responses?.default);
  if (!errorFormat) return ['the document has no operation with a default (error) response'];
  const problems: string[] = [];
  for (const response of responses) {
    const path = new URL(response.url, 'http://app').pathname;
    if (path === '/docs' || path.startsWith('/docs/')) continue;
    // Bodiless by definition: HEAD's answers, and CORS preflights.
    if ((response.method === 'HEAD' || response.method === 'OPTIONS') && response.body === '') continue;
    const label = `${response.method} ${response.url} -> ${response.status}`;
    if (response.contentType.startsWith('text/csv')) {
      const problem = csvDocumented(api, response.method, path, response.status);
      if (problem) problems.push(`${label}: ${problem}`);
      continue;
    }
    const body = parsed(response.body);
    if (!body) {
      problems.push(`${label}: the body is not JSON: ${response.body.slice(0, 200)}`);
      continue;
    }
    // A HEAD is answered as its GET would be (the app writes the same body, which Node then leaves unsent).
    const method = response.method === 'HEAD' ? 'GET' : response.method;
    const operation: Operation | undefined = api.matchOperation({ method, path, headers: {} });
    const problem = operation ? checkDocumented(api, operation, response.status, body.value) : checkErrorFormat(api, errorFormat, response.status, body.value);
    if (problem) problems.push(`${label}: ${problem} in ${response.body.slice(0, 300)}`);
  }
  return problems;
}

function checkDocumented(api: OpenAPIBackend, operation: Operation, status: number, body: unknown): string | undefined {
  const responses = operation.responses ?? {};
  if (!(String(status) in responses) && !('default' in responses)) return `status ${status} is not documented for ${operation.operationId}`;
  // A bodiless answer its status documents without content (MCP's 202 to notifications), which the validator reads only for 204.
  const declared = responses[String(status)] as { content?: unknown } | undefined;
  if (body === null && declared && !declared.content) return undefined;
  const result = api.validateResponse(body, operation, status);
  return result.valid ? undefined : `the body does not match ${operation.operationId}'s ${status}: ${describeErrors(result.errors)}`;
}

function checkErrorFormat(api: OpenAPIBackend, errorFormat: Operation, status: number, body: unknown): string | undefined {
  if (status < 400) return 'a request the document has no operation for was answered as a success';
  // No operation lists 599, so the validator takes the default response: the error format.
  const result = api.validateResponse(body, errorFormat, 599);
  return result.valid ? undefined : `not in the error format: ${describeErrors(result.errors)}`;
}

/** A CSV answer is documented when its operation lists text/csv for that status. */
function csvDocumented(api: OpenAPIBackend, method: string, path: string, status: number): string | undefined {
  const operation: Operation | undefined = api.matchOperation({ method, path, headers: {} });
  const content = (operation?.responses?.[String(status)] as { content?: Record<string, unknown> } | undefined)?.content ?? {};
  return 'text/csv' in content ? undefined : 'a CSV body the document does not list for this status';
}
