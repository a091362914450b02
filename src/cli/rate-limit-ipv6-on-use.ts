import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const RATE_LIMIT = /[/\\]node_modules[/\\]express-rate-limit[/\\]dist[/\\]index\.(mjs|cjs)$/;

/** The one IPv6 address express-rate-limit makes as it loads, and where it is used. */
const MADE = /var ipv4CompatibleSubnet = new ((?:import_ip_address\.)?Address6)\("::\/96"\);/;
const USED = 'isInSubnet(ipv4CompatibleSubnet)';

/**
 * express-rate-limit parses one IPv6 subnet as it loads, which loads
 * ip-address (its parser and patterns: about 2 % of a cold start's CPU)
 * though only an IPv6 client's key needs it. In the bundle the subnet is
 * made on that first use instead, and ip-address is a package loaded on
 * first use (lazy-packages.ts), so IPv4 clients never load it. The build
 * fails if the package's code no longer reads as expected.
 */
export const rateLimitIpv6OnUse: Plugin = {
  name: 'rate-limit-ipv6-on-use',
  setup(plugin) {
    plugin.onLoad({ filter: RATE_LIMIT }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const made = MADE.exec(source);
      if (!made || source.split(USED).length !== 2) throw new Error(`${path} no longer makes its IPv6 subnet as rate-limit-ipv6-on-use.ts expects`);
      const contents = source.replace(MADE, 'var ipv4CompatibleSubnet;').replace(USED, `isInSubnet(ipv4CompatibleSubnet ??= new ${made[1]}("::/96"))`);
      return { contents, loader: 'js' };
    });
  },
};
