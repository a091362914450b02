import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH's), which the browser test drives; undefined where there is none. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}
