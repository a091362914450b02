import type { IncomingMessage, ServerResponse } from 'node:http';
import request from 'supertest';
import { createHttpServer } from '../../http/http-server';
import { sqlBackends } from '../support/backends';
import { bearer, createTeam, useTestApp } from '../support/test-app';

describe('the Node server for the app', () => {
  const testApp = useTestApp(sqlBackends()[0]!);

  it("when a request arrives, then Node creates its request and response with the app's own prototypes, and the app answers as usual", async () => {
    const t = testApp();
    const server = createHttpServer(t.app);
    const born: [unknown, unknown][] = [];
    // Looked at before Express runs: afterwards Express has given both objects these prototypes either way.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => born.push([Object.getPrototypeOf(req), Object.getPrototypeOf(res)]));
    const team = await createTeam(t);

    const response = await request(server).get(`/teams/${team}`).set(bearer(t.adminToken));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ team_id: team });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(born).toHaveLength(1);
    const [requestPrototype, responsePrototype] = born[0]!;
    expect(requestPrototype).toBe(t.app.request);
    expect(responsePrototype).toBe(t.app.response);
  });
});
