import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { eachBackend, sqlBackends } from '../support/backends';
import { bearer, useTestApp } from '../support/test-app';

/** The README's own list of questions the assistant answers on the demo data: from its sentence to the one after. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const start = readme.indexOf('Questions it answers on the demo data');
  const end = readme.indexOf('Every attendance figure', start);
  if (start < 0 || end < 0) throw new Error("README's assistant examples not found");
  return [...readme.slice(start, end).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/** Who asks: "my team" a manager, "my"/"I" an employee, anything else the admin (the README's demo logins). */
const askerOf = (question: string) => (/\bmy team\b/i.test(question) ? 'DEV-001' : /\b(?:my|i)\b/i.test(question) ? 'DEV-003' : 'admin');

describe.each(eachBackend(sqlBackends()))("the README's assistant examples on the demo data on %s", (_name, backend) => {
  // More examples than one login's default budget a minute.
  const testApp = useTestApp(backend, { SEED_DEMO_DATA: 'true', ORG_TIMEZONE: 'UTC', ASSISTANT_RATE_LIMIT_PER_MINUTE: '1000' });

  it('when each is asked by the role it is written for, then it is answered, with every word applied', async () => {
    const t = testApp();
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(20);
    const tokens = new Map<string, string>([['admin', t.adminToken]]);
    for (const login of ['DEV-001', 'DEV-003']) {
      const token = await request(t.app).post('/token').type('form').send({ username: login, password: 'demo-password' }).expect(200);
      tokens.set(login, (token.body as { access_token: string }).access_token);
    }
    const missed: string[] = [];
    for (const question of examples) {
      const response = await request(t.app)
        .post('/chat')
        .set(bearer(tokens.get(askerOf(question))!))
        .send({ message: question });
      const body = response.body as { answer: string; intent: string; data: { parsed?: { unused: string[] } } };
      const refused = response.status !== 200 || ['unsupported', 'refused'].includes(body.intent) || /^I can't/.test(body.answer);
      if (refused || (body.data.parsed?.unused ?? []).length > 0) missed.push(`${question} → ${response.status} ${body.intent}: ${body.answer}`);
    }
    expect(missed).toEqual([]);
  });
});
