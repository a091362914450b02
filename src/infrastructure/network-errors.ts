/** Node's socket error codes that mean the other end cannot be reached now (a 503, not the request's fault), for every adapter alike. */
export const UNREACHABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
