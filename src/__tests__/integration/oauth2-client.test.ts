import request from 'supertest';
import { ResourceOwnerPassword } from 'simple-oauth2';
import { sqlBackends } from '../support/backends';
import { listen, type Listening } from '../support/listening';
import { ADMIN, bearer, useTestApp } from '../support/test-app';

/** What simple-oauth2 (through @hapi/wreck and Boom) throws for an error answer. */
interface OAuthFailure {
  output?: { statusCode: number };
  data?: { payload?: { error?: string; error_description?: string } };
}

describe('an OAuth2 client library (simple-oauth2, password grant) against /token', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let server: Listening;
  let client: ResourceOwnerPassword;

  beforeAll(async () => {
    server = await listen(testApp().app);
    // The service has no registered clients: the id and secret travel in a Basic header that /token does not read.
    client = new ResourceOwnerPassword({ client: { id: 'workforce-tests', secret: 'unused' }, auth: { tokenHost: server.url, tokenPath: '/token' } });
  });
  afterAll(() => server?.close());

  it('when it asks for a token with the password grant, then it gets a bearer token that the API accepts', async () => {
    const token = await client.getToken({ username: ADMIN.username, password: ADMIN.password });
    expect(token.token).toEqual(expect.objectContaining({ access_token: expect.any(String), token_type: 'bearer', expires_in: expect.any(Number) }));
    expect(token.expired()).toBe(false);
    const me = await request(testApp().app)
      .get('/me')
      .set(bearer(token.token.access_token as string));
    expect(me.body).toEqual(expect.objectContaining({ username: ADMIN.username, role: 'admin' }));
  });

  it('when the password is wrong, then the library reads the answer as invalid_grant (RFC 6749 section 5.2)', async () => {
    const failure = (await client.getToken({ username: ADMIN.username, password: 'not-the-password' }).then(
      () => ({}),
      (error: unknown) => error,
    )) as OAuthFailure;
    expect(failure.output?.statusCode).toBe(400);
    expect(failure.data?.payload).toEqual(expect.objectContaining({ error: 'invalid_grant', error_description: expect.any(String) }));
  });
});
