/**
 * What build-lambda.ts writes into the Lambda bundle with esbuild's `define`:
 * the bundle has neither node_modules nor package.json beside it to look
 * things up in. Run from the sources or tsc's output, there is none.
 */
export interface BundleInfo {
  /** package.json's, for /status. */
  version: string;
  /** The folder beside the bundle that holds the Swagger UI assets it serves at /docs. */
  swaggerUiFolder: string;
}

declare const LAMBDA_BUNDLE_INFO: BundleInfo | undefined;

export const bundleInfo: BundleInfo | undefined = typeof LAMBDA_BUNDLE_INFO === 'undefined' ? undefined : LAMBDA_BUNDLE_INFO;
