import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * zod's namespace carries all of its ~50 message locales (258 KB of the
 * minified bundle, parsed at every cold start), though only English, which
 * zod sets itself, is ever used: the API's messages are English and nothing
 * calls `z.config()`. In the Lambda bundle `z.locales` holds English alone.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[/\\]node_modules[/\\]zod[/\\]/.test(importer)
        ? { path: join(dirname(importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, ({ path }) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};
