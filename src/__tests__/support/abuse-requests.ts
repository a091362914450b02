import fc from 'fast-check';
import type { JsonSchema, Method, Operation, Parameter } from './openapi-operations';
import { hostileString, hostileValue } from './payloads';

/** One generated request, as plain data so fast-check can print it when a property fails. */
export interface AbuseRequest {
  method: Method;
  url: string;
  contentType?: string;
  body?: string;
  /** Every string the request carried: a response may echo them without having leaked anything. */
  sent: string[];
}

/** A value as it travels in a URL or a CSV cell. */
const asText = (value: unknown): string => (typeof value === 'string' ? value : String(JSON.stringify(value)));

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);

/**
 * A value the schema accepts, so that a request with one hostile field gets
 * past validation of the others and reaches the services and the database.
 */
function validValue(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
  const types = typesOf(schema);
  if (schema.properties) return validObject(schema);
  if (schema.example !== undefined) return fc.constant(schema.example);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (types.includes('string')) {
    // Emails are unique: a fresh one lets a create succeed instead of always meeting a 409.
    if (/email|username/.test(name)) return fc.nat({ max: 1_000_000 }).map((n) => `abuse.${n}@example.com`);
    // Nobody's password: a request that guessed a test login's would end its tokens for the rest of the run.
    if (/password/.test(name)) return fc.constant('abuse-password-not-in-use');
    if (schema.format === 'date') return fc.constant('2025-04-10');
    return fc.constant('Abuse test text');
  }
  if (types.includes('number') || types.includes('integer')) return fc.constant(schema.default ?? schema.minimum ?? 1);
  if (types.includes('boolean')) return fc.constant(false);
  return fc.constant(null);
}

function validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const arbitraries = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, validValue(value, key)]));
  return fc.record(arbitraries, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

/** Paths to every property of the schema, nested objects included: the places a payload can go. */
function fieldPaths(schema: JsonSchema, prefix: string[] = []): string[][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) => [[...prefix, key], ...fieldPaths(value, [...prefix, key])]);
}

function withField(body: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const object = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  return { ...object, [head]: withField(object[head], rest, value) };
}

/** Text the schema leaves free (no pattern, enum or format): where an injection string is valid input and reaches the database. */
const isFreeText = (schema: JsonSchema) => typesOf(schema).includes('string') && !schema.pattern && !schema.enum && !schema.format;

/** Any of the free-text properties, nested ones included, hostile at once; the rest valid. */
function freeTextHostile(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const arbitraries = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      value.properties ? freeTextHostile(value) : isFreeText(value) ? fc.oneof(validValue(value, key), hostileString) : validValue(value, key),
    ]),
  );
  return fc.record(arbitraries, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

/** JSON bodies: otherwise valid with one field replaced, free text hostile, unknown keys, or any JSON at all. */
function jsonBody(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  if (!schema?.properties) return anyJson;
  const paths = fieldPaths(schema);
  return fc.oneof(
    { arbitrary: fc.tuple(validObject(schema), fc.constantFrom(...paths), hostileValue).map(([body, path, value]) => withField(body, path, value)), weight: 4 },
    { arbitrary: freeTextHostile(schema), weight: 3 },
    { arbitrary: validObject(schema), weight: 1 },
    { arbitrary: fc.tuple(validObject(schema), hostileString, hostileValue).map(([body, key, value]) => ({ ...body, [key]: value })), weight: 1 },
    { arbitrary: anyJson, weight: 1 },
  );
}

/** Strings that can travel in a URL: lone surrogates become U+FFFD, as any HTTP client would send them. */
const wellFormed = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

const paramValue = (parameter: Parameter) => fc.oneof(validValue(parameter.schema, parameter.name).map(asText), hostileString).map(wellFormed);

function queryString(parameters: Parameter[]): fc.Arbitrary<[string, string][]> {
  if (parameters.length === 0) return fc.constant([]);
  const one = fc.constantFrom(...parameters).chain((parameter) =>
    // A repeated key arrives as an array: a shape the schemas must refuse, not crash on.
    fc.array(paramValue(parameter), { minLength: 1, maxLength: 2 }).map((values) => values.map((value): [string, string] => [parameter.name, value])),
  );
  return fc.array(one, { maxLength: parameters.length }).map((groups) => groups.flat());
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

function csvBody(columns: Record<string, JsonSchema>): fc.Arbitrary<string[][]> {
  const names = Object.keys(columns);
  const header = fc
    .tuple(fc.shuffledSubarray(names, { minLength: 1 }), fc.option(hostileString, { nil: undefined }))
    .map(([known, extra]) => (extra === undefined ? known : [...known, extra]));
  return header.chain((columnNames) => {
    const cell = (name: string) =>
      fc.oneof(
        validValue(columns[name] ?? {}, name).map((value) => (value === null ? '' : asText(value))),
        hostileString,
      );
    const row = fc.tuple(...columnNames.map(cell));
    return fc.array(row, { maxLength: 4 }).map((rows) => [columnNames, ...rows]);
  });
}

const BOUNDARY = 'abuse-boundary-7d1f';

function encodeBody(mediaType: string, value: unknown): { contentType: string; body: string } {
  switch (mediaType) {
    case 'application/json':
      return { contentType: mediaType, body: JSON.stringify(value) ?? 'null' };
    case 'application/x-www-form-urlencoded': {
      const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [['value', value]];
      return {
        contentType: mediaType,
        body: new URLSearchParams(
          entries.map(([key, item]): [string, string] => [String(key), typeof item === 'string' ? item : String(JSON.stringify(item))]),
        ).toString(),
      };
    }
    case 'text/csv':
      return { contentType: mediaType, body: (value as string[][]).map((row) => row.map(csvCell).join(',')).join('\n') };
    case 'multipart/form-data': {
      const csv = (value as string[][]).map((row) => row.map(csvCell).join(',')).join('\n');
      const part = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="abuse.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${BOUNDARY}--\r\n`;
      return { contentType: `${mediaType}; boundary=${BOUNDARY}`, body: part };
    }
    default:
      throw new Error(`no encoder for ${mediaType}`);
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  return [];
}

function bodyArbitrary(operation: Operation): fc.Arbitrary<{ contentType?: string; body?: string; sent: string[] } | undefined> {
  const body = operation.body;
  if (!body) return fc.constant(undefined);
  const encoded = fc.constantFrom(...body.mediaTypes).chain((mediaType) => {
    const value: fc.Arbitrary<unknown> =
      mediaType === 'text/csv' || mediaType === 'multipart/form-data' ? csvBody(body.csvColumns ?? {}) : jsonBody(body.schema);
    return value.map((item) => ({ ...encodeBody(mediaType, item), sent: stringsIn(item) }));
  });
  // Sometimes no body at all: required bodies must say so, optional ones must cope.
  return fc.option(encoded, { nil: undefined, freq: 8 });
}

/** Requests to one operation with hostile or valid path parameters, query and body. */
export function abuseRequests(operation: Operation): fc.Arbitrary<AbuseRequest> {
  const params = fc.tuple(...operation.pathParams.map(paramValue));
  return fc.tuple(params, queryString(operation.queryParams), bodyArbitrary(operation)).map(([values, query, body]) => {
    let index = 0;
    const path = operation.path.replace(/\{\w+\}/g, () => encodeURIComponent(values[index++] ?? ''));
    const search = query.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
    return {
      method: operation.method,
      url: search ? `${path}?${search}` : path,
      ...(body && { contentType: body.contentType, body: body.body }),
      sent: [...values, ...query.map(([, value]) => value), ...(body?.sent ?? [])],
    };
  });
}
