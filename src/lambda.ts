import serverless from 'serverless-http';
import { loadConfig, type Config } from './config';
import { start } from './startup';

type LambdaHandler = ReturnType<typeof serverless>;

let ready: Promise<LambdaHandler> | undefined;

/**
 * On Lambda the default driver is DynamoDB (the environment may still choose
 * PostgreSQL), start-up retries stay well inside API Gateway's 29 s, and a
 * cold start builds the routes its first request needs, not all of them.
 */
function lambdaConfig(): Config {
  const config = loadConfig({
    ...process.env,
    DB_DRIVER: process.env.DB_DRIVER || 'dynamodb',
    DB_CONNECT_RETRY_SECONDS: process.env.DB_CONNECT_RETRY_SECONDS || '5',
  });
  return { ...config, http: { ...config.http, routesOnFirstUse: true } };
}

/**
 * The app, its database clients and the first-run bootstrap are built once per
 * cold start. A failed start is not cached, so the next invocation retries it
 * instead of the container failing until it is recycled.
 */
function app(): Promise<LambdaHandler> {
  ready ??= start(lambdaConfig()).then(
    // Swagger UI's favicons are the app's one binary answer: API Gateway must get them base64-encoded.
    ({ container }) => serverless(container.app, { binary: ['image/png'] }),
    (error: unknown) => {
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

// Begin during the init phase, outside any invocation.
app().catch(() => undefined);

/** API Gateway REST (v1) and HTTP API (v2) events alike. */
export const handler: LambdaHandler = async (event, context) => (await app())(event, context);
