import express from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import request from 'supertest';
import { API_HELMET_OPTIONS } from '../../http/security-headers';

/** What helmet itself sets on a live response with `options` (lower-case names), to hold the app's headers against. */
export async function liveHelmetHeaders(options?: Readonly<HelmetOptions>): Promise<Record<string, string>> {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet(options));
  app.get('/', (_req, res) => {
    res.end();
  });
  const { headers } = await request(app).get('/');
  const ownOfNode = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  return Object.fromEntries(Object.entries(headers as Record<string, string>).filter(([name]) => !ownOfNode.has(name)));
}

/** The security headers every API answer must carry: helmet's live ones with the API's options, and no caching. */
export async function apiSecurityHeaders(): Promise<Record<string, string>> {
  return { ...(await liveHelmetHeaders(API_HELMET_OPTIONS)), 'cache-control': 'no-store' };
}
