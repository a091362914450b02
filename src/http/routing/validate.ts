import type { Request } from 'express';
import { ValidationError, type FieldIssue } from '../../core/errors';
import type { z } from '../schemas/zod';
import { issuesOf } from './input-issues';
import { hasBody } from './request-body';
import type { AnyRoute } from './route-definition';

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

/** A route's input as its schemas made it. */
export interface RouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** The path, query and body by the route's schemas, every problem of all three in one 422. */
export function validated(route: AnyRoute, req: Request): RouteInput {
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
  return { params, query, body };
}
