import { ESLint } from 'eslint';

/** The lint rule is what keeps the core pure; this proves the rule bites. */
describe('core purity rule', () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  it.each(["import express from 'express';", "import { Pool } from 'pg';", "import { PGlite } from '@electric-sql/pglite';", "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';", "import winston from 'winston';", "import jwt from 'jsonwebtoken';", "import { Pool } from '../infrastructure/postgres/pg-pool.client';"])(
    'fails lint for %s in src/core',
    async (line) => {
      const [result] = await eslint.lintText(`${line}\nexport const used = [${line.match(/import \{?\s*(\w+)/)![1]}];\n`, { filePath: 'src/core/team.ts' });
      expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    },
  );

  it('allows the same import outside the core', async () => {
    const [result] = await eslint.lintText("import express from 'express';\nexport const used = [express];\n", { filePath: 'src/http/app.ts' });
    expect(result!.messages.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
  });
});
