import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { useRepositoryPaths } from './repository-source-map';

/**
 * Packages the Lambda configuration uses only when a setting picks them
 * (Redis, PostgreSQL, Bedrock, Cognito) or some request needs them (the assistant's date
 * parsing, /docs, the MCP SDK, the imports' CSV parser and multipart reader, bcrypt, which only
 * a login or a password change runs, ip-address, which only an IPv6 client's rate-limit key
 * needs (rate-limit-ipv6-on-use.ts), and iconv-lite, which decodes request bodies: a GET never
 * loads it, the first request with a body does), grouped so that a package's subpaths share one copy
 * (aws-jwt-verify's errors must be the classes its verifier throws).
 */
const LAZY_GROUPS: Record<string, string[]> = {
  redis: ['redis', 'rate-limit-redis'],
  pg: ['pg'],
  bedrock: ['@aws-sdk/client-bedrock-runtime'],
  cognito: ['aws-jwt-verify', 'aws-jwt-verify/error', 'aws-jwt-verify/jwk'],
  chrono: ['chrono-node'],
  swagger: ['swagger-ui-express'],
  iconv: ['iconv-lite'],
  csv: ['csv-parse', 'busboy'],
  bcrypt: ['bcryptjs'],
  ipv6: ['ip-address'],
  mcp: [
    '@modelcontextprotocol/sdk/server/mcp.js',
    '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js',
    '@modelcontextprotocol/sdk/validation/ajv-provider.js',
  ],
};

/** The folder beside the main bundle that holds one bundle per group. */
export const LAZY_FOLDER = 'lazy';

interface LazyModule {
  /** The group bundle, as the main bundle's require() finds it. */
  file: string;
  names: string[];
  esModule: boolean;
}

/**
 * Bundles a group as its own file, exporting each package under its name,
 * and reads the names each exports by loading it here, where the build runs.
 */
async function buildGroup(group: string, packages: string[], outdir: string, root: string, options: BuildOptions): Promise<[string, LazyModule][]> {
  const outfile = join(outdir, LAZY_FOLDER, `${group}.js`);
  const contents = packages.map((name) => `exports[${JSON.stringify(name)}] = require(${JSON.stringify(name)});`).join('\n');
  await build({ ...options, stdin: { contents, resolveDir: root, sourcefile: `${LAZY_FOLDER}/${group}.js` }, outfile });
  useRepositoryPaths(`${outfile}.map`, root);
  const load = createRequire(__filename);
  delete load.cache[outfile];
  const exported = load(outfile) as Record<string, Record<string, unknown>>;
  return packages.map((name) => [
    name,
    { file: `./${LAZY_FOLDER}/${group}.js`, names: Object.keys(exported[name]!), esModule: exported[name]!.__esModule === true },
  ]);
}

/**
 * Stands in for the package in the main bundle: the same export names, each
 * a getter that requires the group's bundle on first use. Code that only
 * imports the package costs nothing at a cold start; esbuild reads an
 * import's members when the code uses them, not when the module loads.
 */
function stub({ file, names, esModule }: LazyModule, name: string): string {
  return [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(file)})[${JSON.stringify(name)}]);`,
    `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
    esModule ? "Object.defineProperty(exports, '__esModule', { value: true });" : '',
  ].join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Builds the lazy groups beside `outdir`'s main bundle and returns the
 * esbuild plugin that puts their stubs in the main bundle in their place.
 */
export async function lazyPackages(outdir: string, root: string, options: BuildOptions): Promise<Plugin> {
  const groups = await Promise.all(Object.entries(LAZY_GROUPS).map(([group, packages]) => buildGroup(group, packages, outdir, root, options)));
  const modules = new Map(groups.flat());
  const filter = new RegExp(`^(${[...modules.keys()].map(escape).join('|')})$`);
  return {
    name: 'lazy-packages',
    setup(plugin) {
      plugin.onResolve({ filter }, ({ path }) => ({ path, namespace: 'lazy-package' }));
      // The stubs' own require of a group bundle stays a require at run time.
      plugin.onResolve({ filter: new RegExp(`^\\./${LAZY_FOLDER}/`), namespace: 'lazy-package' }, ({ path }) => ({ path, external: true }));
      plugin.onLoad({ filter: /.*/, namespace: 'lazy-package' }, ({ path }) => ({ contents: stub(modules.get(path)!, path), loader: 'js' }));
    },
  };
}
