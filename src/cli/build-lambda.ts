import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { BundleInfo } from '../bundle-info';
import { jsonwebtokenVersionChecks } from './jsonwebtoken-version-checks';
import { LAZY_FOLDER, lazyPackages } from './lazy-packages';
import { rateLimitIpv6OnUse } from './rate-limit-ipv6-on-use';
import { startInOneChunk } from './start-in-one-chunk';
import { useRepositoryPaths } from './repository-source-map';
import { zodEnglishOnly } from './zod-english-only';
import { SWAGGER_UI_ASSETS, swaggerUiDistFolder } from '../http/swagger-ui-assets';

const ROOT = resolve(__dirname, '..', '..');

/** Where serverless.yml packages the function from (`serverless/dist/lambda.handler`, which Lambda's runtime finds as lambda.mjs). */
export const LAMBDA_BUNDLE = join(ROOT, 'serverless', 'dist', 'lambda.mjs');

/**
 * An ES module has no `require`, `__filename` or `__dirname`; the packages
 * bundled into it (and the lazy groups' stubs) use them, so each chunk makes
 * its own from its URL.
 */
const COMMONJS_NAMES = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join('\n');

const BUNDLE_INFO: BundleInfo = {
  version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  swaggerUiFolder: 'swagger-ui',
};

/** The Swagger UI assets /docs serves, copied into a folder of their own beside the bundle, and nothing more. */
function copySwaggerUiAssets(outfile: string): void {
  const folder = join(dirname(outfile), BUNDLE_INFO.swaggerUiFolder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const name of SWAGGER_UI_ASSETS) copyFileSync(join(swaggerUiDistFolder(), name), join(folder, name));
}

/**
 * `npm run build:lambda`: src/lambda.ts and everything it reaches as a
 * minified node20 ES module with source maps (for logged stacks), and beside it the Swagger UI
 * assets. An ES module so that esbuild can split it: what the code imports
 * with `import()` (each group of routes, the MCP tools, the API document) is
 * a chunk of its own that a cold start neither reads nor compiles until a
 * request needs it, and code shared with the start stays in one copy. The embedded PGlite engine is left out because Lambda never uses
 * it (the factory loads it lazily), and pg-native is pg's optional binding,
 * which the bundle does not need.
 */
export async function buildLambda(outfile: string = LAMBDA_BUNDLE): Promise<string> {
  const outdir = dirname(outfile);
  const options: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    // Packages' ES module builds where they have one: esbuild drops what is never imported from them
    // (the DynamoDB client's unused commands among them), 2.52 MB to 2.33 MB.
    mainFields: ['module', 'main'],
    sourcemap: true,
    // The map serves only to put source positions in logged stacks (stack-source-positions.ts), which need no sources.
    sourcesContent: false,
    logLevel: 'warning',
  };
  // A rebuild's chunks have new names: the old ones must not be packaged beside them.
  for (const file of existsSync(outdir) ? readdirSync(outdir) : []) if (/\.mjs(\.map)?$/.test(file)) rmSync(join(outdir, file));
  rmSync(join(outdir, LAZY_FOLDER), { recursive: true, force: true });
  await build({
    ...options,
    entryPoints: { [basename(outfile, '.mjs')]: resolve(__dirname, '..', 'lambda.ts') },
    outdir,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    banner: { js: COMMONJS_NAMES },
    external: ['@electric-sql/pglite', 'pg-native'],
    define: { LAMBDA_BUNDLE_INFO: JSON.stringify(BUNDLE_INFO) },
    plugins: [
      startInOneChunk(resolve(__dirname, '..', 'startup.ts')),
      await lazyPackages(outdir, ROOT, options),
      zodEnglishOnly,
      jsonwebtokenVersionChecks,
      rateLimitIpv6OnUse,
    ],
    // swagger-ui-assets.ts resolves swagger-ui-dist only off the bundle, where the package is installed.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  for (const file of readdirSync(outdir)) if (file.endsWith('.mjs.map')) useRepositoryPaths(join(outdir, file), ROOT);
  copySwaggerUiAssets(outfile);
  return outfile;
}

if (require.main === module) {
  buildLambda().then(
    (outfile) => console.log(`bundled ${outfile}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
