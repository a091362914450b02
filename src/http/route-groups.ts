import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { RequestHandler, Router } from 'express';
import { ApiRouter } from './api-router';
import type { ApiRouterOptions } from './routing/route-definition';

/** Routes registered together, from a module of their own. */
export interface RouteGroup {
  /** The first segments of the group's paths: `employees` for /employees/{employee_id}. */
  segments: readonly string[];
  /** Imports the group's module and adds its routes. */
  register: (api: ApiRouter) => Promise<void>;
}

/** Paths that need every route registered: the document and the page that shows it. */
const WHOLE_API_SEGMENTS = new Set(['openapi.json', 'docs']);

const firstSegment = (path: string) => path.split('/')[1] ?? '';

/**
 * The API's routes in groups. On Lambda (onFirstUse) a group is registered
 * when the first request that may reach it arrives (its module, with its
 * schemas, is then imported and built), so a cold start builds only what its
 * first request needs; each group then has a router of its own, mounted in
 * the groups' order before it has routes, so a group registered late answers
 * exactly as it would have at start. The Node server registers every group
 * at start, in order, into one router: the fewest layers for a request to
 * pass.
 */
export class RouteGroups {
  private readonly routers: ApiRouter[];
  private readonly registering: (Promise<void> | undefined)[];
  private pending: number;

  constructor(
    options: ApiRouterOptions,
    private readonly groups: readonly RouteGroup[],
    private readonly onFirstUse: boolean,
  ) {
    this.routers = onFirstUse ? groups.map(() => new ApiRouter(options)) : [new ApiRouter(options)];
    this.registering = groups.map(() => undefined);
    this.pending = groups.length;
  }

  /** The groups' routes, in order, to mount before the 405s. */
  get routes(): Router[] {
    return this.routers.map((api) => api.router);
  }

  /** The groups' 405 answers, to mount after every group's routes. */
  get otherMethods(): Router[] {
    return this.routers.map((api) => api.otherMethods);
  }

  /** The groups' OpenAPI registries, in order: complete once registerAll() has settled. */
  get registries(): OpenAPIRegistry[] {
    return this.routers.map((api) => api.registry);
  }

  /** Every group, one after the other: in one router, the order of registration is the order of matching. */
  async registerAll(): Promise<void> {
    for (let index = 0; index < this.groups.length; index++) await this.register(index);
  }

  /** Before the routes: registers the groups a request's path may reach, then lets it on. */
  readonly gate: RequestHandler = (req, _res, next) => {
    if (this.pending === 0) return next();
    const segment = firstSegment(req.path);
    const wanted = WHOLE_API_SEGMENTS.has(segment)
      ? this.groups.map((_, index) => index)
      : this.groups.flatMap((group, index) => (group.segments.includes(segment) ? [index] : []));
    Promise.all(wanted.map((index) => this.register(index))).then(() => next(), next);
  };

  private register(index: number): Promise<void> {
    return (this.registering[index] ??= this.registerOnce(index));
  }

  private async registerOnce(index: number): Promise<void> {
    const group = this.groups[index]!;
    const api = this.routers[this.onFirstUse ? index : 0]!;
    const before = new Set(api.paths);
    await group.register(api);
    // A path outside the declared segments would be found only once another request had registered its group.
    const strays = api.paths.filter((path) => !before.has(path) && !group.segments.includes(firstSegment(path)));
    if (strays.length > 0) throw new Error(`route group [${group.segments.join(', ')}] also serves ${strays.join(', ')}: declare their first segments`);
    this.pending--;
  }
}
