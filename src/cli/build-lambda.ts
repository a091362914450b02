import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { BundleInfo } from '../bundle-info';
import { jsonwebtokenVersionChecks } from './jsonwebtoken-version-checks';
import { LAZY_FOLDER, lazyPackages } from './lazy-packages';
import { rateLimitIpv6OnUse } from './rate-limit-ipv6-on-use';
import { useRepositoryPaths } from './repository-source-map';
import { zodEnglishOnly } from './zod-english-only';
import { SWAGGER_UI_ASSETS, swaggerUiDistFolder } from '../http/swagger-ui-assets';

const ROOT = resolve(__dirname, '..', '..');

/** Where serverless.yml packages the function from (`serverless/dist/lambda.handler`). */
export const LAMBDA_BUNDLE = join(ROOT, 'serverless', 'dist', 'lambda.js');

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
 * `npm run build:lambda`: src/lambda.ts and everything it reaches as one
 * minified node20 file with a source map (for logged stacks), and beside it the Swagger UI
 * assets. The embedded PGlite engine is left out because Lambda never uses
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
  rmSync(join(outdir, LAZY_FOLDER), { recursive: true, force: true });
  await build({
    ...options,
    entryPoints: [resolve(__dirname, '..', 'lambda.ts')],
    outfile,
    external: ['@electric-sql/pglite', 'pg-native'],
    define: { LAMBDA_BUNDLE_INFO: JSON.stringify(BUNDLE_INFO) },
    plugins: [await lazyPackages(outdir, ROOT, options), zodEnglishOnly, jsonwebtokenVersionChecks, rateLimitIpv6OnUse],
    // swagger-ui-assets.ts resolves swagger-ui-dist only off the bundle, where the package is installed.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  useRepositoryPaths(`${outfile}.map`, ROOT);
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
