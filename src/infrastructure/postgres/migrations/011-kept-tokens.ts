/**
 * The one token that outlives its login's version change: the token that
 * changed the password, stored as `<token_version>:<token id>` so that any
 * later version (disabling, going inactive, another password) ends it too.
 */
export const keptTokens = {
  id: '011-kept-tokens',
  sql: `
ALTER TABLE accounts ADD COLUMN kept_token text;
`,
};
