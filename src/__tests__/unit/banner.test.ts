import { banner } from '../../banner';
import { loadConfig } from '../../config';

const facts = (env: Record<string, string>) => ({
  config: loadConfig({ NODE_ENV: 'development', ...env }),
  database: { description: 'embedded PostgreSQL (PGlite)' },
  bootstrap: { createdAdmin: true },
});

describe('the start-up banner', () => {
  it('when ADMIN_PASSWORD is left at its documented default, then the banner shows it, ready to try', () => {
    const text = banner(facts({}), 'http://127.0.0.1:3000');
    expect(text).toContain('Admin login:   admin / admin-password');
    expect(text).toContain('password=admin-password');
  });

  it('when ADMIN_PASSWORD is set to a password of ones own, then the banner never prints it', () => {
    const text = banner(facts({ ADMIN_PASSWORD: 'my-own-secret-password' }), 'http://127.0.0.1:3000');
    expect(text).not.toContain('my-own-secret-password');
    expect(text).toContain('Admin login:   admin / (the ADMIN_PASSWORD you set)');
    expect(text).toContain('password=$ADMIN_PASSWORD');
  });

  it('when running in production, then no login is shown at all', () => {
    const text = banner(facts({ NODE_ENV: 'production', ADMIN_PASSWORD: 'my-own-secret-password', JWT_SECRET: 'x'.repeat(32) }), 'http://127.0.0.1:3000');
    expect(text).not.toContain('Admin login');
    expect(text).not.toContain('my-own-secret-password');
  });
});
