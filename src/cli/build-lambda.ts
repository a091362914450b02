import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BundleInfo } from '../bundle-info';
import { useRepositoryPaths } from './repository-source-map';
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
  await build({
    entryPoints: [resolve(__dirname, '..', 'lambda.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: true,
    // The map serves only to put source positions in logged stacks (stack-source-positions.ts), which need no sources.
    sourcesContent: false,
    outfile,
    external: ['@electric-sql/pglite', 'pg-native'],
    define: { LAMBDA_BUNDLE_INFO: JSON.stringify(BUNDLE_INFO) },
    // swagger-ui-assets.ts resolves swagger-ui-dist only off the bundle, where the package is installed.
    logOverride: { 'require-resolve-not-external': 'silent' },
    logLevel: 'warning',
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
