import express from 'express';
import helmet from 'helmet';
import request from 'supertest';

/** What helmet itself sets on a live response (lower-case names), to hold the app's headers against. */
export async function liveHelmetHeaders(): Promise<Record<string, string>> {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.get('/', (_req, res) => {
    res.end();
  });
  const { headers } = await request(app).get('/');
  const ownOfNode = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  return Object.fromEntries(Object.entries(headers as Record<string, string>).filter(([name]) => !ownOfNode.has(name)));
}
