import cors from 'cors';
import express, { type Express, type RequestHandler, type Router } from 'express';
import type { AccountService } from '../services/account.service';
import type { Assistant } from '../services/assistant/lazy-assistant';
import type { AttendanceService } from '../services/attendance.service';
import type { ImportService } from '../services/import.service';
import type { ScoreService } from '../services/score.service';
import type { AuthService } from '../services/auth.service';
import type { EmployeeService } from '../services/employee.service';
import type { HolidayService } from '../services/holidays/holiday.service';
import type { LeaveServices } from '../services/leave/leave-services';
import type { AuditService } from '../services/audit/audit.service';
import type { CorrectionService } from '../services/corrections/correction.service';
import type { PayrollExport } from '../services/exports/payroll-export';
import type { TeamService } from '../services/team.service';
import type { Principal } from '../core/access';
import type { Logger } from '../logger';
import { assistantLimit } from './assistant-limit';
import { CursorSigner } from './cursor';
import { docsRouter } from './docs';
import { NoSuchRouteError } from '../core/errors';
import { errorHandler } from './error-handler';
import { useLeanJson } from './json-response';
import { lastResortHandler } from './last-resort-handler';
import { requestContext } from './middleware/request-context';
import { buildOpenApiDocument } from './openapi';
import { mcpRoutes } from './mcp/mcp.routes';
import type { Tool } from './mcp/tool';
import { Paginator } from './pagination';
import { clientLimiter, type LimiterStores } from './rate-limit';
import type { LoginLimits } from './login-limits';
import { RouteGroups, type RouteGroup } from './route-groups';
import { securityHeaders } from './security-headers';
import type { AppInfo } from './app-info';

export interface AppDeps {
  info: AppInfo;
  logger: Logger;
  services: {
    auth: AuthService;
    accounts: AccountService;
    teams: TeamService;
    employees: EmployeeService;
    attendance: AttendanceService;
    scores: ScoreService;
    imports: ImportService;
    holidays: HolidayService;
    leave: LeaveServices;
    corrections: CorrectionService;
    audit: AuditService;
    payroll: PayrollExport;
    assistant: Assistant;
  };
  /** The principal a bearer token speaks for; rejects with UnauthorizedError or ForbiddenError. */
  authenticate: (token: string) => Promise<Principal>;
  /**
   * False when an outside identity provider signs people in: the routes that
   * manage the service's own logins are then absent (404, and not documented).
   */
  localLogins: boolean;
  /** The issuer of the bearer tokens when it is not this service (the Cognito user pool's), for OAuth discovery; null for local logins. */
  tokenIssuer: string | null;
  /** Rejects when the database does not answer. */
  ping: () => Promise<void>;
  /** Signs list cursors. */
  cursorSecret: string;
  http: {
    corsOrigins: string[] | '*';
    trustProxy: boolean | number | string;
    rateLimitPerMinute: number;
    bodyLimit: string;
    importMaxBytes: string;
    importMaxRows: number;
    loginLimits: LoginLimits;
    assistantRateLimitPerMinute: number;
    /** Each group of routes is registered by the first request that may reach it (Lambda), not at start (route-groups.ts). */
    routesOnFirstUse: boolean;
  };
  /** Where rate-limit counters live: shared (Redis) or, when it gives none, this process. */
  limiterStores: LimiterStores;
}

/**
 * The groups of routes, in the order they are matched. Each imports its
 * module when it is registered, so the Lambda bundle builds a group's
 * schemas only when a request needs them (route-groups.ts).
 */
function routeGroups(deps: AppDeps, pages: Paginator, openApiDocument: () => unknown, askLimit: RequestHandler): RouteGroup[] {
  const { services, http } = deps;
  const importLimits = { maxRows: http.importMaxRows, maxBytes: http.importMaxBytes };
  const group = (segments: string[], register: RouteGroup['register']): RouteGroup => ({ segments, register });
  return [
    group(['status', 'health', 'openapi.json'], async (api) =>
      (await import('./routes/service.routes')).serviceRoutes(api, deps.info, deps.ping, openApiDocument),
    ),
    group(['token', 'me'], async (api) =>
      (await import('./routes/auth.routes')).authRoutes(api, services.auth, deps.localLogins ? http.loginLimits : null, deps.limiterStores),
    ),
    ...(deps.localLogins
      ? [group(['users', 'employees'], async (api) => (await import('./routes/account.routes')).accountRoutes(api, services.accounts, pages))]
      : []),
    group(['teams'], async (api) => (await import('./routes/team.routes')).teamRoutes(api, services.teams, pages)),
    // Before /employees/{employee_id} and friends, which /employees/bulk would otherwise match for other methods.
    group(['employees', 'performance-scores', 'attendance'], async (api) =>
      (await import('./routes/import.routes')).importRoutes(api, services.imports, importLimits),
    ),
    group(['employees'], async (api) => (await import('./routes/employee.routes')).employeeRoutes(api, services.employees, pages)),
    group(['attendance', 'summarize_attendance'], async (api) =>
      (await import('./routes/attendance.routes')).attendanceRoutes(api, services.attendance, pages),
    ),
    group(['holidays'], async (api) => (await import('./routes/holiday.routes')).holidayRoutes(api, services.holidays, pages, importLimits)),
    group(['leave-types'], async (api) => (await import('./routes/leave/leave-type.routes')).leaveTypeRoutes(api, services.leave.types, pages)),
    group(['leave-requests'], async (api) =>
      (await import('./routes/leave/leave-request.routes')).leaveRequestRoutes(api, services.leave.requests, services.leave.imports, pages, importLimits),
    ),
    group(['leave-balances', 'leave-adjustments', 'leave-ledger'], async (api) =>
      (await import('./routes/leave/leave-balance.routes')).leaveBalanceRoutes(api, services.leave.balances, pages),
    ),
    group(['attendance-corrections'], async (api) => (await import('./routes/correction.routes')).correctionRoutes(api, services.corrections, pages)),
    group(['audit'], async (api) => (await import('./routes/audit.routes')).auditRoutes(api, services.audit, pages)),
    group(['exports'], async (api) => (await import('./routes/export.routes')).exportRoutes(api, services.payroll)),
    group(['performance-scores'], async (api) => (await import('./routes/score.routes')).scoreRoutes(api, services.scores, pages)),
    group(['chat', 'chatbot'], async (api) => (await import('./routes/assistant.routes')).assistantRoutes(api, services.assistant, deps.logger, askLimit)),
    // The OAuth discovery documents, and /mcp in the API document (the MCP route itself is the app's, mcp.routes.ts).
    group(['.well-known'], async (api) => {
      (await import('./mcp/oauth-metadata.routes')).oauthMetadataRoutes(api, deps.localLogins ? null : deps.tokenIssuer);
      (await import('./mcp/mcp-document')).documentMcp(api.registry, api.security);
    }),
  ];
}

/** The MCP tools, made (with their schemas) when /mcp is first asked. */
async function mcpTools(deps: AppDeps, pages: Paginator): Promise<Tool[]> {
  const [read, insight, write] = await Promise.all([import('./mcp/read-tools'), import('./mcp/insight-tools'), import('./mcp/write-tools')]);
  return [...read.readTools(deps.services, pages), ...insight.insightTools(deps.services, deps.logger), ...write.writeTools(deps.services)];
}

/** The whole HTTP API as an Express app; it never listens (server.ts and lambda.ts do). */
export async function createApp(deps: AppDeps): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body for an ETag; a conditional GET saves bandwidth only, as the body is built first.
  app.set('etag', false);
  app.set('trust proxy', deps.http.trustProxy);

  useLeanJson(app);
  app.use(requestContext(deps.logger));
  app.use(securityHeaders());
  if (deps.http.corsOrigins === '*' || deps.http.corsOrigins.length > 0) {
    app.use(cors({ origin: deps.http.corsOrigins, exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'], maxAge: 600 }));
  }
  app.use(clientLimiter(deps.http.rateLimitPerMinute, deps.limiterStores));

  const tokenUrl = deps.localLogins ? '/token' : null;
  const pages = new Paginator(new CursorSigner(deps.cursorSecret));
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  // Asked for only once every group is registered (the gate registers all of them for /openapi.json and /docs).
  const openApiDocument = (): ReturnType<typeof buildOpenApiDocument> => (document ??= buildOpenApiDocument(routes.registries, tokenUrl, deps.info));
  // One budget per login for the assistant's routes and MCP tool calls alike.
  const askLimit = assistantLimit(deps.http.assistantRateLimitPerMinute, deps.limiterStores);
  const routes: RouteGroups = new RouteGroups(
    { authenticate: deps.authenticate, bodyLimit: deps.http.bodyLimit, tokenUrl },
    routeGroups(deps, pages, openApiDocument, askLimit),
    deps.http.routesOnFirstUse,
  );
  // For whoever holds the app and must read its document past its rate limits: the tests' response validation.
  app.locals.openApiDocument = openApiDocument;

  if (deps.http.routesOnFirstUse) app.use(routes.gate);
  // Built by the first request for /docs: a Lambda cold start that serves none builds none of it.
  let docs: Router | undefined;
  app.use('/docs', (req, res, next) => (docs ??= docsRouter(openApiDocument))(req, res, next));
  app.use(
    mcpRoutes({
      authenticate: deps.authenticate,
      tools: () => mcpTools(deps, pages),
      info: deps.info,
      logger: deps.logger,
      bodyLimit: deps.http.bodyLimit,
      toolCallLimit: askLimit,
    }),
  );
  app.use(...routes.routes, ...routes.otherMethods);
  if (!deps.http.routesOnFirstUse) await routes.registerAll();
  app.use((req) => {
    throw new NoSuchRouteError(req.path);
  });
  app.use(errorHandler(deps.logger));
  app.use(lastResortHandler(deps.logger));
  return app;
}
