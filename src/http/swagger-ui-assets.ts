import { dirname, join } from 'node:path';
import { bundleInfo } from '../bundle-info';

/** Every file swagger-ui-express's page loads from swagger-ui-dist; /docs serves these and nothing else of the folder. */
export const SWAGGER_UI_ASSETS = [
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'favicon-32x32.png',
  'favicon-16x16.png',
] as const;

/** swagger-ui-dist's folder, found as swagger-ui-express finds it (it is that package's dependency, not ours). */
export function swaggerUiDistFolder(): string {
  return dirname(require.resolve('swagger-ui-dist/package.json', { paths: [dirname(require.resolve('swagger-ui-express'))] }));
}

/**
 * Where the assets are read from. Not swagger-ui-dist's own answer
 * (getAbsoluteFSPath is its __dirname, which in the bundle is the bundle's
 * folder, source map and all), but the copy build-lambda.ts puts beside it.
 */
export function swaggerUiAssetsFolder(): string {
  return bundleInfo ? join(__dirname, bundleInfo.swaggerUiFolder) : swaggerUiDistFolder();
}
