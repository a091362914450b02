import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * esbuild's code splitting makes one chunk per set of entry points that
 * reach a module, and counts each `import()` as an entry point. The modules
 * a cold start loads are reached by the bundle's entry and by different
 * subsets of the code it imports on first use, so they came out as some 35
 * chunks, each a file the start must read, compile and link as an ES module.
 * Making every module imported on first use also import `startRoot` gives
 * all of the start's modules the same set of entry points, hence one chunk.
 * That includes the packages' ES modules that are imported on first use (the
 * AWS SDK's rarer credential providers): the modules they share with the start
 * split it as well. The added import changes nothing at run time:
 * `startRoot` has been evaluated by the time anything is imported on first use.
 */
export function startInOneChunk(startRoot: string): Plugin {
  const importedOnFirstUse = new Set<string>();
  return {
    name: 'start-in-one-chunk',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'start-in-one-chunk') return undefined;
        const resolved = await plugin.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'start-in-one-chunk',
        });
        if (!resolved.external && resolved.namespace === 'file' && /\.(ts|m?js)$/.test(resolved.path)) importedOnFirstUse.add(resolved.path);
        return resolved;
      });
      plugin.onLoad({ filter: /\.(ts|m?js)$/ }, async (args) => {
        if (!importedOnFirstUse.has(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        // A CommonJS module stays as it is: an import statement would make esbuild read it as an ES module.
        if (!args.path.endsWith('.ts') && /\b(module\.exports|exports\.\w+\s*=|require\()/.test(source)) return undefined;
        return { contents: `${source}\nimport ${JSON.stringify(startRoot)};\n`, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}
