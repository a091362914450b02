import type { Request, Response } from 'express';
import type { Principal } from '../../core/access';
import type { Role } from '../../core/account';
import type { CsvCell } from '../csv-response';
import type { z } from '../schemas/zod';

export type Method = 'get' | 'post' | 'put' | 'delete';
export type BodyType = 'json' | 'form' | 'csv' | 'multipart';
export type AnyObject = z.ZodObject<z.ZodRawShape>;

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

/** What a guard sees: the request once it is authorised and its input valid. */
export interface GuardContext {
  req: Request;
  res: Response;
  principal: Principal | undefined;
  body: unknown;
}

/** Runs after validation, before the handler (rate limits that key on the body); refuses by throwing an AppError. */
export type Guard = (ctx: GuardContext) => Promise<void>;

export interface RouteBody<B extends z.ZodType> {
  schema: B;
  types?: readonly BodyType[];
  optional?: boolean;
  /** The handler reads the body from req as it arrives (CSV imports); the schema only documents it. */
  streamed?: boolean;
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
  body?: RouteBody<B>;
  guards?: readonly Guard[];
  responses: Record<number, { description: string; schema?: z.ZodType; csv?: boolean }>;
  /** Derived error statuses the route never gives (see openapi-responses.ts). */
  withholds?: readonly number[];
  handler: (ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>) => RouteResult | Promise<RouteResult>;
}

/** Any route, as the parts of the pipeline that do not care about its schemas see it. */
export type AnyRoute = RouteDefinition<AnyObject, AnyObject, z.ZodType>;

export interface ApiRouterOptions {
  authenticate: (token: string) => Promise<Principal>;
  bodyLimit: string;
  /** Where the OAuth2 password flow logs in; null when an outside identity provider signs people in. */
  tokenUrl: string | null;
}
