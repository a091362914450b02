import { resolve } from 'node:path';
import { build } from 'esbuild';

/** Where serverless.yml packages the function from (`serverless/dist/lambda.handler`). */
export const LAMBDA_BUNDLE = resolve(__dirname, '..', '..', 'serverless', 'dist', 'lambda.js');

/**
 * `npm run build:lambda`: src/lambda.ts and everything it reaches as one
 * minified node20 file with a source map. The embedded PGlite engine is left
 * out because Lambda never uses it (the factory loads it lazily), and
 * pg-native is pg's optional binding, which the bundle does not need.
 */
export async function buildLambda(outfile: string = LAMBDA_BUNDLE): Promise<string> {
  await build({
    entryPoints: [resolve(__dirname, '..', 'lambda.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: true,
    outfile,
    external: ['@electric-sql/pglite', 'pg-native'],
    logLevel: 'warning',
  });
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
