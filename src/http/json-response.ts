import type { Express, Response } from 'express';

/**
 * res.json for every response of the app, routes' and errors' alike, so a
 * handler that calls it takes the one path there is: what Express's sends,
 * without the work it does for settings and features this API leaves off
 * (JSON replacers and spaces, ETags, freshness), parsing and re-formatting
 * the Content-Type twice on the way. Worth it: see docs/PERFORMANCE.md
 * ("the HTTP edge's patches").
 */
export function useLeanJson(app: Express): void {
  function json(this: Response, body: unknown): Response {
    const text = body === undefined ? '' : JSON.stringify(body);
    // Content-Length given, not left to Node, which counts the body only when it sends one: a HEAD answer must say how long the GET's would be.
    this.writeHead(this.statusCode, ['Content-Type', 'application/json; charset=utf-8', 'Content-Length', String(Buffer.byteLength(text))]);
    this.end(text);
    return this;
  }
  app.response.json = json as Response['json'];
}
