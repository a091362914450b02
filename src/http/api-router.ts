import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { securityRequirement } from './openapi-operation';
import { documentRoute } from './routing/document-route';
import { OtherMethods } from './routing/other-methods';
import { routeHandler } from './routing/pipeline';
import { bodyParsers, type BodyParsers } from './routing/input';
import type { AnyObject, AnyRoute, ApiRouterOptions, RouteDefinition } from './routing/route-definition';
import type { z } from './schemas/zod';

/**
 * Registers routes so that every one checks in the order the API promises
 * (routing/pipeline.ts), answers other methods on its path with 405, and is
 * documented in the OpenAPI registry from the schemas that validate it.
 * One ApiRouter holds one group of routes (route-groups.ts).
 */
export class ApiRouter {
  readonly router = Router();
  private readonly others = new OtherMethods();
  readonly registry = new OpenAPIRegistry();
  private readonly parsers: BodyParsers;
  /** What an operation that needs a token requires, for routes documented beside these (/mcp). */
  readonly security: Record<string, string[]>[];

  constructor(private readonly options: ApiRouterOptions) {
    this.security = securityRequirement(options.tokenUrl);
    this.parsers = bodyParsers(options.bodyLimit);
  }

  /** Known paths answer 405 (with Allow) to other methods: mounted after every group's routes. */
  get otherMethods(): Router {
    return this.others.router;
  }

  /** The paths routes were added for, as Express writes them. */
  get paths(): string[] {
    return this.others.paths;
  }

  add<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(route: RouteDefinition<P, Q, B>): void {
    const expressPath = route.path.replace(/\{(\w+)\}/g, ':$1');
    // Seen through its schemas' common shape: the handler gets what they produced.
    const any = route as unknown as AnyRoute;
    this.others.add(expressPath, route.method);
    this.router[route.method](expressPath, routeHandler(any, this.options, this.parsers));
    documentRoute(this.registry, any, this.security);
  }
}
