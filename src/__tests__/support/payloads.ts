import fc from 'fast-check';

/**
 * Strings that break a query built by concatenation: quoting, comments,
 * stacked statements, placeholders a driver might bind, casts and the NUL
 * byte PostgreSQL text cannot hold.
 */
export const SQL_INJECTION = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "'; DROP TABLE employees; --",
  '"; DROP TABLE teams; --',
  "'); DELETE FROM accounts; --",
  "' UNION SELECT password_hash, username FROM accounts --",
  '1; SELECT pg_sleep(5)',
  '$1',
  '$2::text',
  '$$ OR $$1$$=$$1',
  "E'\\x00'",
  '\\',
  "%' AND '%'='",
  '%',
  '_',
  '\u0000',
  'DEV-001\u0000',
  "DEV-001' --",
  'DEV-001 OR 1=1',
  "2025-04-10'; --",
];

/**
 * Strings that mean something inside a DynamoDB expression: attribute name
 * and value placeholders, functions, operators and key names of the table.
 */
export const EXPRESSION_INJECTION = [
  '#name',
  '#pk',
  ':v',
  ':pk',
  'attribute_exists(PK)',
  'attribute_not_exists(SK)',
  'PK = :pk OR',
  ') OR (attribute_exists(PK)',
  'begins_with(SK, :sk)',
  'contains(#n, :q)',
  'size(PK) > :zero',
  'SET #role = :admin',
  'REMOVE password_hash',
  'EMP#DEV-001',
  'TEAM#DEV',
  'ACCOUNT#admin',
  '{"S": "x"}',
  '{"$ne": null}',
];

/** Encodings and lengths that trip byte-vs-character counting, normalisation and rendering. */
export const AWKWARD_TEXT = [
  '',
  ' ',
  '\t\r\n',
  'é'.repeat(300),
  '😀'.repeat(100),
  'e\u0301',
  '\u202Egnp.exe',
  '\uFEFFDEV',
  '\uD800',
  'ДЕВ',
  'ＤＥＶ',
  'x'.repeat(10_000),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  'null',
  'true',
];

export const HOSTILE_STRINGS = [...SQL_INJECTION, ...EXPRESSION_INJECTION, ...AWKWARD_TEXT];

/** A hostile string: mostly from the lists above, sometimes fast-check's own (any unicode, lone surrogates included). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
);

/** What a JSON field may be sent as instead of what it should be: any JSON, weighted to hostile strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  { arbitrary: fc.constantFrom(-1, 0, 1e308, -1e-308, 101, 2 ** 53 + 1, true, null, [], {}), weight: 1 },
);
