import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

/** A stack frame's location in a generated file: `/var/task/dist/lambda.js:1:23456`, or an ES module's `file:///var/task/dist/lambda.mjs:1:23456`. */
const GENERATED_POSITION = /(?:file:\/\/)?(\/[^\s()]+\.m?js):(\d+):(\d+)/g;

/** Each generated file's map, parsed on the first stack that names the file; null when the file has none. */
const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    const path = `${file}.map`;
    map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null;
    maps.set(file, map);
  }
  return map;
}

function originalPosition(file: string, line: number, column: number): string | undefined {
  const entry = mapOf(file)?.findEntry(line - 1, column - 1);
  if (!entry || !('originalSource' in entry)) return undefined;
  // build-lambda.ts writes the map's sources as repository paths (src/http/app.ts).
  return `${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/**
 * The stack with every position in a file that has a source map beside it
 * replaced by its source position. This stands in for `--enable-source-maps`,
 * under which Node 20 decodes the whole map as the bundle loads, doubling a
 * cold start: here the map is read on the first logged error instead, and
 * only stacks that are logged pay for it.
 */
export function withSourcePositions(stack: string): string {
  return stack.replace(
    GENERATED_POSITION,
    (position: string, file: string, line: string, column: string) => originalPosition(file, Number(line), Number(column)) ?? position,
  );
}
