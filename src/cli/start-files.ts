import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const STATIC_CHUNK_IMPORT = /\bimport\s*\{[^}]*\}\s*from\s*"\.\/([\w.-]+\.mjs)"/g;

/**
 * The files a cold start reads: the Lambda bundle's entry and the chunks it
 * imports, in turn, by static `import` (esbuild's own form); chunks the code
 * imports with `import()` are read on first use, not here.
 */
export function startFiles(entry: string): string[] {
  const folder = dirname(entry);
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const [, chunk] of readFileSync(join(folder, file), 'utf8').matchAll(STATIC_CHUNK_IMPORT)) visit(chunk!);
  };
  visit(basename(entry));
  return [...found];
}
