import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Principal } from '../core/access';
import type { Role } from '../core/account';
import { originOf } from '../core/audit/audit-entry';
import { ForbiddenError, UnauthorizedError, ValidationError, type FieldIssue } from '../core/errors';
import { sendCsv, type CsvCell } from './csv-response';
import { hasBody } from './body-presence';
import { sendError } from './error-handler';
import { operationIdOf, securityRequirement } from './openapi-operation';
import { documentedResponses } from './openapi-responses';
import { sendJson } from './send-json';
import { z as zod, type z } from './schemas/zod';

type Method = 'get' | 'post' | 'put' | 'delete';
type BodyType = 'json' | 'form' | 'csv' | 'multipart';
type AnyObject = z.ZodObject<z.ZodRawShape>;

const MEDIA_TYPES: Record<BodyType, string> = { json: 'application/json', form: 'application/x-www-form-urlencoded', csv: 'text/csv', multipart: 'multipart/form-data' };

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Present on every route whose auth is 'required'. */
  principal: Principal;
  req: Request;
  res: Response;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** A CSV answer instead of JSON, written a page at a time as it is produced (buffered whole on Lambda). */
  csv?: { columns: readonly string[]; pages: AsyncIterable<readonly Record<string, CsvCell>[]>; filename?: string };
}

export interface RouteDefinition<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: Method;
  /** OpenAPI form: /employees/{employee_id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  auth: 'required' | 'optional' | 'none';
  /** Roles that may ever call this; any other is 403 before the body is looked at. */
  roles?: readonly Role[];
  params?: P;
  query?: Q;
  body?: { schema: B; types?: readonly BodyType[]; optional?: boolean; /** The handler reads the body from req as it arrives (CSV imports); the schema only documents it. */ streamed?: boolean };
  /** Run after validation, before the handler (rate limits that key on the body). */
  guards?: RequestHandler[];
  responses: Record<number, { description: string; schema?: z.ZodType; csv?: boolean }>;
  /** Derived error statuses the route never gives (see openapi-responses.ts). */
  withholds?: readonly number[];
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>) => RouteResult | Promise<RouteResult>;
}

export interface ApiRouterOptions {
  authenticate: (token: string) => Promise<Principal>;
  bodyLimit: string;
  /** Where the OAuth2 password flow logs in; null when an outside identity provider signs people in. */
  tokenUrl: string | null;
}

/** The bearer token of the Authorization header: null when there is none, '' when it is not a bearer token. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : '';
}

interface Place {
  key: string;
  parent?: Place;
}

function fieldOf(place: Place | undefined): string {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
}

/**
 * PostgreSQL text cannot hold U+0000, so no backend may accept it: refused here,
 * once for every route, wherever it hides in the input. Walked with a stack of
 * its own, not by recursion: a JSON body nested tens of thousands deep fits in
 * the body limit and would otherwise overflow the call stack (a 500).
 */
export function nulCharacterIssues(value: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pending: [unknown, Place | undefined][] = [[value, undefined]];
  while (pending.length > 0) {
    const [item, place] = pending.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) issues.push({ field: fieldOf(place), message: 'must not contain NUL characters' });
    } else if (typeof item === 'object' && item !== null) {
      // Reversed onto the stack, so issues come out in the order of the input.
      const children = Object.entries(item).reverse();
      for (const [key, child] of children) pending.push([child, { key, parent: place }]);
    }
  }
  return issues;
}

/** Fields the service computes or copies: a client sending one learns why it may not. A Map, as a client's key may be "constructor". */
const READ_ONLY = new Map([
  ['final_score', 'is computed by the service from kpi, completed_task and feedback_360, and may not be sent'],
  ['employee_name', "is copied from the employee's record, and may not be sent"],
  ['hours_worked', 'is computed from the check-in and check-out times, and may not be sent'],
  ['created_at', 'is set by the service, and may not be sent'],
  ['updated_at', 'is set by the service, and may not be sent'],
]);

function issuesOf(error: z.ZodError, root: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, message: READ_ONLY.get(key) ?? 'is not a writable field' }));
    }
    return [{ field: path || root, message: issue.message }];
  });
}

/**
 * Registers routes so that every one checks in the order the API promises —
 * 401, 403 by role, 413/415, 400/422, then the handler (404/403/409) — and
 * documents each in the OpenAPI registry from the schemas that validate it.
 * One ApiRouter holds one group of routes (route-groups.ts).
 */
export class ApiRouter {
  readonly router = Router();
  /** Known paths answer 405 (with Allow) to other methods: mounted after every group's routes. */
  readonly otherMethods = Router();
  readonly registry = new OpenAPIRegistry();
  private readonly methodsByPath = new Map<string, Set<string>>();
  private readonly parsers: Record<'json' | 'form', RequestHandler>;
  /** What an operation that needs a token requires, for routes documented beside these (/mcp). */
  readonly security: Record<string, string[]>[];

  constructor(private readonly options: ApiRouterOptions) {
    this.security = securityRequirement(options.tokenUrl);
    // The media type is checked before parsing, so the parsers accept whatever arrives.
    this.parsers = {
      json: express.json({ limit: options.bodyLimit, type: () => true, strict: false }),
      form: express.urlencoded({ limit: options.bodyLimit, type: () => true, extended: false }),
    };
  }

  /** The paths routes were added for, as Express writes them. */
  get paths(): string[] {
    return [...this.methodsByPath.keys()];
  }

  add<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(route: RouteDefinition<P, Q, B>): void {
    const expressPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    let methods = this.methodsByPath.get(expressPath);
    if (!methods) {
      const known = (methods = new Set<string>());
      this.methodsByPath.set(expressPath, known);
      this.otherMethods.all(expressPath, (req, res) => {
        const allow = [...known, ...(known.has('GET') ? ['HEAD'] : [])].join(', ');
        res.setHeader('Allow', allow);
        sendError(res, 405, `${req.method} is not supported here; use ${allow}`);
      });
    }
    methods.add(route.method.toUpperCase());
    this.router[route.method](expressPath, ...this.handlers(route));
    this.document(route);
  }

  /**
   * Most routes read no body and have no guards: those get a single handler,
   * since Express dispatches every layer of a route on every request.
   */
  private handlers(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>): RequestHandler[] {
    if (!route.body && !route.guards) {
      return [
        async (req, res) => {
          await this.authorize(route, req, res);
          this.validate(route, req, res);
          await this.execute(route, req, res);
        },
      ];
    }
    return [
      async (req, res, next) => {
        await this.authorize(route, req, res);
        next();
      },
      ...this.bodyHandling(route),
      (req, res, next) => {
        this.validate(route, req, res);
        next();
      },
      ...(route.guards ?? []),
      (req, res) => this.execute(route, req, res),
    ];
  }

  /** 401 without a usable token where one is required, then 403 for a role the route never serves. */
  private async authorize(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>, req: Request, res: Response): Promise<void> {
    if (route.auth !== 'none') {
      const token = bearerToken(req);
      if (token === null || token === '') {
        if (route.auth === 'required') throw new UnauthorizedError(token === null ? 'A bearer token is required' : 'The Authorization header must be "Bearer <token>"');
      } else {
        try {
          const principal = await this.options.authenticate(token);
          // Every write the request makes is audited as coming through this door.
          res.locals.principal = { ...principal, origin: originOf('rest', req.get('user-agent'), res.locals.requestId as string | undefined ?? null) };
        } catch (error) {
          // Optional means "who, if anyone can be named": a token that names nobody with a role is ignored too.
          const nobody = error instanceof UnauthorizedError || error instanceof ForbiddenError;
          if (route.auth === 'required' || !nobody) throw error;
        }
      }
    }
    const principal = res.locals.principal as Principal | undefined;
    if (route.roles && (!principal || !route.roles.includes(principal.role))) throw new ForbiddenError();
  }

  private bodyHandling(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>): RequestHandler[] {
    if (!route.body) return [];
    const { types = ['json'], streamed } = route.body;
    const contentTypeCheck: RequestHandler = (req, res, next) => {
      if (!hasBody(req)) return next();
      const type = types.find((t) => req.is(MEDIA_TYPES[t]));
      if (!type) {
        sendError(res, 415, `Send the body as ${types.map((t) => MEDIA_TYPES[t]).join(' or ')}`);
        return;
      }
      if (streamed) next();
      else this.parsers[type as 'json' | 'form'](req, res, next);
    };
    return [contentTypeCheck];
  }

  private validate(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>, req: Request, res: Response): void {
    const issues: FieldIssue[] = [];
    const check = (schema: z.ZodType | undefined, value: unknown, root: string): unknown => {
      if (!schema) return undefined;
      const nul = nulCharacterIssues(value);
      if (nul.length > 0) {
        issues.push(...nul.map((issue) => ({ ...issue, field: issue.field || root })));
        return undefined;
      }
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      issues.push(...issuesOf(result.error, root));
      return undefined;
    };
    const params = check(route.params, req.params, 'path');
    const query = check(route.query, req.query ?? {}, 'query');
    let body: unknown;
    if (route.body) {
      const raw: unknown = !hasBody(req) ? undefined : route.body.streamed ? req : req.body;
      if (raw === undefined && !route.body.optional) issues.push({ field: 'body', message: 'A request body is required' });
      else if (!route.body.streamed) body = check(route.body.schema, raw ?? {}, 'body');
    }
    if (issues.length > 0) throw new ValidationError('Request validation failed', issues);
    res.locals.input = { params, query, body };
  }

  private async execute(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>, req: Request, res: Response): Promise<void> {
    const input = res.locals.input as Pick<Parameters<typeof route.handler>[0], 'params' | 'query' | 'body'>;
    const result = await route.handler({ ...input, principal: res.locals.principal as Principal, req, res });
    if (result.csv) await sendCsv(res, result.status, result.csv.columns, result.csv.pages, result.csv.filename);
    else if (result.body === undefined) res.status(result.status).end();
    else sendJson(res, result.status, result.body);
  }

  private document(route: RouteDefinition<AnyObject, AnyObject, z.ZodType>): void {
    this.registry.registerPath({
      method: route.method,
      path: route.path,
      operationId: operationIdOf(route.method, route.path),
      summary: route.summary,
      description: [route.description, route.roles && `Roles: ${route.roles.join(', ')}.`].filter(Boolean).join('\n\n') || undefined,
      tags: [route.tag],
      // A token is optional only on /status, which answers everyone alike and adds who the token names.
      security: route.auth === 'required' ? this.security : [],
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
}

const MultipartFile = zod.object({ file: zod.string().openapi({ format: 'binary', description: 'The CSV file.' }) });
