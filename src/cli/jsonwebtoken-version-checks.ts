import type { Plugin } from 'esbuild';

/**
 * jsonwebtoken asks semver, as it loads, whether the running Node has three
 * features (RSA-PSS from 6.12/8, key details from 15.7 and 16.9): semver's
 * parser and ranges were about 5 % of a cold start's CPU. The Lambda bundle
 * targets Node 20 (build-lambda.ts, serverless.yml's runtime), where all
 * three hold, so in the bundle each of those modules is the answer `true`
 * and semver is left out.
 */
const CHECKS = /[/\\]node_modules[/\\]jsonwebtoken[/\\]lib[/\\](psSupported|asymmetricKeyDetailsSupported|rsaPssKeyDetailsSupported)\.js$/;

export const jsonwebtokenVersionChecks: Plugin = {
  name: 'jsonwebtoken-version-checks',
  setup(plugin) {
    plugin.onLoad({ filter: CHECKS }, () => ({ contents: 'module.exports = true;', loader: 'js' }));
  },
};
