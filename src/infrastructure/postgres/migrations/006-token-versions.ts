/**
 * Token versions come from one sequence for every login, so a login created
 * under an old name (an employee id reused after a delete) never gets a
 * version an earlier holder's tokens carry, and a disabled login's bump is
 * never undone. Versions were small per-login counters until now: starting
 * the sequence at the clock's milliseconds puts it past every one of them,
 * deleted logins' included. bigint, since that is past integer's range.
 */
export const tokenVersions = {
  id: '006-token-versions',
  sql: `
ALTER TABLE accounts ALTER COLUMN token_version TYPE bigint;
CREATE SEQUENCE account_token_versions AS bigint;
SELECT setval('account_token_versions', (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
ALTER TABLE accounts ALTER COLUMN token_version SET DEFAULT nextval('account_token_versions');
`,
};
