import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring for this process. V8 watches
 * each place in the code that makes objects, and once nearly all of one
 * place's objects outlive a young-generation collection, it makes that
 * place's objects in the old generation from then on (`--trace-pretenuring-statistics`
 * showed it deciding so for several places under check-in load). A
 * collection often meets the 32 requests in flight, so places that make
 * per-request objects were moved there, the old generation filled with dead
 * requests, and a mark-compact ran every 1-4 s, holding every request in
 * flight for 3-9 ms. Driving only the bench's check-in rounds against the
 * bench server with `--trace-gc`, rounds with a mark-compact had a p99 of
 * 19-33 ms and nearly all rounds without one 11-19 ms; with pretenuring
 * off, six rounds had no mark-compact and a p99 of 11.4-13.8 ms. Objects
 * that do live long are promoted the usual way, after surviving two
 * collections.
 *
 * V8 refuses this flag in NODE_OPTIONS, so start() sets it, before the
 * first request of any runtime.
 */
export function keepShortLivedObjectsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
