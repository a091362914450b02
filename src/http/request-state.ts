import type { Principal } from '../core/access';

/**
 * What the app keeps about a request while it is answered, typed once for
 * every part that reads or writes it (res.locals).
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own declaration merging
  namespace Express {
    interface Locals {
      /** Set by the first middleware (request-context.ts): absent only on an answer written before it ran. */
      requestId?: string;
      /** Who a valid bearer token names (routing/authorize.ts; mcp.routes.ts for /mcp). */
      principal?: Principal;
      /** The bytes a streamed body has counted so far (csv-upload.ts), for the bound on an error answer's size. */
      requestBytes?: number;
      /** The login a request's failures count against (auth.routes.ts, login-limits.ts). */
      loginFailureKey?: string;
    }
  }
}

export {};
