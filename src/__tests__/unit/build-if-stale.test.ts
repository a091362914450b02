import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStale, markBuilt } from '../../cli/build-if-stale';

describe("npm start's build step", () => {
  let root: string;
  const at = (file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
    for (const dir of ['src/core', 'src/__tests__', 'dist']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['src/server.ts', 'src/core/team.ts', 'src/__tests__/a.test.ts', 'package.json', 'tsconfig.json']) writeFileSync(join(root, file), '');
    for (const file of ['src/server.ts', 'src/core/team.ts', 'src/__tests__/a.test.ts', 'package.json', 'tsconfig.json']) at(file, 1_000);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('when there is no build yet, then it builds', () => {
    expect(isStale(root)).toBe(true);
  });

  it('when the build began after every source and setting changed, then it does not build again', () => {
    writeFileSync(join(root, 'dist/server.js'), '');
    markBuilt(root, 2_000_000);
    expect(isStale(root)).toBe(false);
  });

  it.each([['src/core/team.ts'], ['package.json'], ['tsconfig.json']])('when %s changed after the build began, then it builds', (file) => {
    writeFileSync(join(root, 'dist/server.js'), '');
    markBuilt(root, 2_000_000);
    at(file, 2_001);
    expect(isStale(root)).toBe(true);
  });

  it('when only a test changed, then the build stands', () => {
    writeFileSync(join(root, 'dist/server.js'), '');
    markBuilt(root, 2_000_000);
    at('src/__tests__/a.test.ts', 3_000);
    expect(isStale(root)).toBe(false);
  });

  it('when the compiled server is gone, then it builds', () => {
    markBuilt(root, 2_000_000);
    expect(isStale(root)).toBe(true);
  });
});
