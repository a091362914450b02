import type { IncomingMessage, ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import request from 'supertest';
import { createHttpServer } from '../../http/http-server';
import { sqlBackends } from '../support/backends';
import { bearer, createTeam, useTestApp } from '../support/test-app';

/** V8's own answer to whether an object keeps its fast (shape-based) properties, rather than a slow dictionary. */
function fastPropertiesCheck(): (value: object) => boolean {
  setFlagsFromString('--allow-natives-syntax');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the natives syntax exists only in code compiled after the flag is set
  return new Function('value', 'return %HasFastProperties(value)') as (value: object) => boolean;
}

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

  it('when a request has gone through the whole app, then V8 still holds its request and response with fast properties', async () => {
    const t = testApp();
    const server = createHttpServer(t.app);
    const hasFastProperties = fastPropertiesCheck();
    const seen: { request: boolean; response: boolean }[] = [];
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      res.once('finish', () => seen.push({ request: hasFastProperties(req), response: hasFastProperties(res) }));
    });
    const team = await createTeam(t);

    const response = await request(server).get(`/teams/${team}`).set(bearer(t.adminToken));

    expect(response.status).toBe(200);
    expect(seen).toEqual([{ request: true, response: true }]);
    // The check itself tells the two apart: an object V8 has turned into a dictionary is not fast.
    const dictionary: Record<string, number> = { a: 1, b: 2 };
    delete dictionary.a;
    expect(hasFastProperties(dictionary)).toBe(false);
  });
});
