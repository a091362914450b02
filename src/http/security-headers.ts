import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * helmet's headers, recorded once as a flat [name, value, …] list. With the
 * options used here they depend on no request, so every response can take
 * them ready-made instead of helmet's twelve setHeader calls each time.
 */
export function securityHeaders(): readonly string[] {
  const fields: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => fields.push(name, value),
    // helmet removes X-Powered-By, which the app never sets.
    removeHeader: () => undefined,
  };
  let finished = false;
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => (finished = error === undefined));
  // Options that made helmet wait on something, or fail, would make a recording wrong.
  if (!finished) throw new Error('helmet did not finish at once, so its headers cannot be recorded');
  return Object.freeze(fields);
}
