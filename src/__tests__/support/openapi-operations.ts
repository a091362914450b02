/** The REST routes of the app as its own OpenAPI document declares them, so a new route is fuzzed without anyone listing it. */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface OperationObject {
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
  /** POST /mcp: its messages are the protocol's and its protocol errors JSON-RPC bodies (mcp.test.ts), not a REST route's. */
  'x-mcp'?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface Parameter {
  name: string;
  schema: JsonSchema;
}

export interface Operation {
  method: Method;
  /** OpenAPI form: /employees/{employee_id}. */
  path: string;
  /** "GET /employees/{employee_id}", for messages. */
  label: string;
  /** A bearer token is required (optional-auth routes also list an empty requirement). */
  requiresToken: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: {
    required: boolean;
    mediaTypes: string[];
    /** The JSON (or form) schema, $refs resolved; absent for CSV-only routes. */
    schema?: JsonSchema;
    /** For CSV routes: the writable fields of the JSON create route beside them (`/employees` for `/employees/bulk`). */
    csvColumns?: Record<string, JsonSchema>;
  };
}

const METHODS: readonly string[] = ['get', 'post', 'put', 'delete'];

function resolver(document: OpenApiDocument): (schema: JsonSchema) => JsonSchema {
  const resolve = (schema: JsonSchema): JsonSchema => {
    const target = schema.$ref ? document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema;
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    return {
      ...target,
      ...(target.properties && { properties: Object.fromEntries(Object.entries(target.properties).map(([key, value]) => [key, resolve(value)])) }),
      ...(target.items && { items: resolve(target.items) }),
    };
  };
  return resolve;
}

/** A CSV cell holds a scalar: nested objects (an employee's `account`) are no column. */
const scalarProperties = (schema: JsonSchema) => Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([, property]) => !property.properties));

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = resolver(document);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method) || operation['x-mcp']) continue;
      const parameters = (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) }));
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json'] ?? content['application/x-www-form-urlencoded'];
      const isCsv = content['text/csv'] !== undefined;
      const sibling = isCsv ? document.paths[path.replace(/\/bulk$/, '')]?.post?.requestBody?.content['application/json']?.schema : undefined;
      operations.push({
        method: method as Method,
        path,
        label: `${method.toUpperCase()} ${path}`,
        requiresToken:
          (operation.security ?? []).length > 0 && (operation.security ?? []).every((requirement) => Object.keys(requirement as object).length > 0),
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        ...(operation.requestBody && {
          body: {
            required: operation.requestBody.required ?? false,
            mediaTypes: Object.keys(content),
            ...(json && { schema: resolve(json.schema) }),
            ...(sibling && { csvColumns: scalarProperties(resolve(sibling)) }),
          },
        }),
      });
    }
  }
  return operations;
}

/** The operation's path with each parameter at its documented example, for requests that must not fail on the path. */
export function exampleUrl(operation: Operation): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const example = operation.pathParams.find((parameter) => parameter.name === name)?.schema.example;
    if (example === undefined) throw new Error(`${operation.label}: path parameter ${name} has no example`);
    return encodeURIComponent(typeof example === 'string' ? example : JSON.stringify(example));
  });
}
