/** API Gateway REST (v1) and HTTP API (v2) proxy events, as serverless-http receives them. */
export interface EventOptions {
  body?: string;
  headers?: Record<string, string>;
}

export function v1Event(method: string, path: string, options: EventOptions & { query?: Record<string, string> } = {}) {
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: options.headers ?? {},
    multiValueHeaders: Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k, [v]])),
    queryStringParameters: options.query ?? null,
    multiValueQueryStringParameters: options.query ? Object.fromEntries(Object.entries(options.query).map(([k, v]) => [k, [v]])) : null,
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    requestContext: { httpMethod: method, path, stage: 'prod', requestId: 'r1', identity: { sourceIp: '203.0.113.7' } },
    body: options.body ?? null,
    isBase64Encoded: false,
  };
}

export function v2Event(method: string, path: string, options: EventOptions & { query?: string } = {}) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: options.headers ?? {},
    requestContext: {
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.8', userAgent: 'test' },
      requestId: 'r2',
      stage: '$default',
      timeEpoch: Date.now(),
    },
    body: options.body,
    isBase64Encoded: false,
  };
}
