import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * What an API answer needs, after the OWASP REST Security Cheat Sheet
 * ("Security Headers"): JSON for programs is never a page to render, frame,
 * sniff or keep. So no script, style or frame may come with it, it is
 * never framed, HTTPS is sticky, and no browser or proxy stores it (these
 * answers carry people's records). Helmet's other defaults steer how a
 * browser treats an HTML document (DNS prefetch, IE8 downloads, popups,
 * origin-keyed agent clusters, Flash and PDF policy files), which an API
 * answer is not; /docs, the one HTML page, keeps all of them (app.ts).
 */
export const API_HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/**
 * /docs keeps helmet's document policy but one directive: it may be opened
 * over plain HTTP on a host of the local network, where
 * upgrade-insecure-requests would send its scripts and styles to an HTTPS
 * port nobody listens on, and the page would stay blank.
 */
export const DOCS_HELMET_OPTIONS: Readonly<HelmetOptions> = { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } };

/**
 * The API's security headers, recorded once as a flat [name, value, …]
 * list: helmet's with the options above, and Cache-Control. They depend on
 * no request, so every response takes them ready-made.
 */
function recordedHeaders(): readonly string[] {
  const fields: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => fields.push(name, value),
    // helmet removes X-Powered-By, which the app never sets.
    removeHeader: () => undefined,
  };
  let finished = false;
  helmet(API_HELMET_OPTIONS)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => (finished = error === undefined));
  // Options that made helmet wait on something, or fail, would make a recording wrong.
  if (!finished) throw new Error('helmet did not finish at once, so its headers cannot be recorded');
  fields.push('Cache-Control', 'no-store');
  return Object.freeze(fields);
}

/** Sets the API's security headers on every response; a response that names one of them itself (/docs) sets its own over it. */
export function securityHeaders(): RequestHandler {
  const fields = recordedHeaders();
  return (_req, res, next) => {
    for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i]!, fields[i + 1]!);
    next();
  };
}
