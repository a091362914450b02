import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../infrastructure/postgres/migrator';
import { PgliteClient } from '../../infrastructure/postgres/pglite.client';

/**
 * The embedded database in a folder, as `npm start` uses it: a new folder
 * is made a cluster in a child process (initdb's memory goes back with
 * it), and a later open resumes what the first one wrote.
 */
describe('PGlite in a data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'workforce-pglite-folder-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // initdb and the migrations take 20-70 s on this shared machine.
  it('when the folder is new, then it is made a cluster that a later open finds again, with the small buffer cache', async () => {
    const dir = join(root, 'data');
    const first = await PgliteClient.open(dir);
    try {
      await migrate(first);
      await first.query(`INSERT INTO teams (team_id, team_name) VALUES ('OPS', 'Operations')`);
    } finally {
      await first.close();
    }
    const again = await PgliteClient.open(dir);
    try {
      expect(await migrate(again)).toEqual([]);
      expect(await again.query(`SELECT team_name FROM teams WHERE team_id = 'OPS'`)).toEqual([{ team_name: 'Operations' }]);
      expect(await again.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '16MB' }]);
    } finally {
      await again.close();
    }
  }, 300_000);

  it('when the folder cannot be made a cluster, then opening fails and says why', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(PgliteClient.open(join(file, 'data'))).rejects.toThrow(`PGlite could not make a database in ${join(file, 'data')}: Error: ENOTDIR`);
  }, 300_000);
});
