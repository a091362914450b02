import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
 * Rewrites the `sources` of the map beside a bundle from paths relative to
 * the bundle's folder (`../../../work/x/src/http/app.ts`, wherever the build
 * ran) to paths as the repository names them (`src/http/app.ts`,
 * `node_modules/express/lib/router.js`), so that a stack translated with it
 * (stack-source-positions.ts) reads the same from any build machine.
 */
export function useRepositoryPaths(mapFile: string, root: string): void {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  map.sources = map.sources.map((source) => {
    const path = resolve(dirname(mapFile), source);
    const dependency = path.lastIndexOf('/node_modules/');
    return dependency >= 0 ? path.slice(dependency + 1) : relative(root, path);
  });
  writeFileSync(mapFile, JSON.stringify(map));
}
