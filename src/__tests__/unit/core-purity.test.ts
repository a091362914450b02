import { ESLint, Linter } from 'eslint';

/**
 * The lint rule is what keeps the core pure; this proves the rule bites.
 * It reads the rule as the project's own config resolves it for a core file,
 * then runs just that rule (the import lines are plain ECMAScript, so the
 * default parser reads them). Linting with the whole type-aware config would
 * test typescript-eslint's program building as well, which is slow and was
 * seen to come back empty under CI load.
 */
describe('core purity rule', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const linter = new Linter();

  async function restrictedImportsFor(file: string): Promise<Linter.RuleEntry | undefined> {
    const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
    return config.rules?.['no-restricted-imports'];
  }

  function lint(code: string, rule: Linter.RuleEntry): string[] {
    const messages = linter.verify(code, {
      parserOptions: { sourceType: 'module', ecmaVersion: 2022 },
      rules: { 'no-restricted-imports': rule },
    });
    return messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
  }

  it.each([
    "import express from 'express';",
    "import { Pool } from 'pg';",
    "import { PGlite } from '@electric-sql/pglite';",
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
    "import winston from 'winston';",
    "import jwt from 'jsonwebtoken';",
    "import { Pool } from '../infrastructure/postgres/pg-pool.client';",
  ])('fails lint for %s in src/core', async (line) => {
    const rule = await restrictedImportsFor('src/core/team.ts');
    expect(rule).toBeDefined();
    const ruleIds = lint(`${line}\nexport const used = 1;\n`, rule!);
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(new Set(ruleIds)).toEqual(new Set(['no-restricted-imports']));
  });

  it('lets the core import its own modules', async () => {
    const rule = await restrictedImportsFor('src/core/team.ts');
    expect(lint("import { AppError } from './errors';\nexport const used = AppError;\n", rule!)).toEqual([]);
  });

  it('does not apply outside the core', async () => {
    expect(await restrictedImportsFor('src/http/app.ts')).toBeUndefined();
  });
});
