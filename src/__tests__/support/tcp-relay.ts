import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';

/** A port nothing listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface Relay {
  /** Starts accepting connections and passing them on to the target. */
  open(): Promise<void>;
  /** Cuts every open connection and stops listening: the database is gone, as far as the app can tell. */
  close(): Promise<void>;
  /**
   * Holds every byte, both ways, on open connections and new ones, which stay
   * open: a network that has stopped delivering, where nobody is told.
   */
  stall(): void;
  /** Delivers what was held, and passes bytes on again. */
  resume(): void;
}

/**
 * A TCP relay on a local port to a real database, which a test opens, closes
 * and stalls to make the database come, go and come back, without touching
 * the database itself (other test files share it).
 */
export function relay(port: number, target: URL): Relay {
  let server: Server | undefined;
  let stalled = false;
  const pairs = new Set<[Socket, Socket]>();
  const flow = ([inbound, outbound]: [Socket, Socket]) => {
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  };
  const hold = ([inbound, outbound]: [Socket, Socket]) => {
    inbound.unpipe(outbound);
    outbound.unpipe(inbound);
    inbound.pause();
    outbound.pause();
  };
  return {
    open: () =>
      new Promise((resolve) => {
        server = createServer((inbound) => {
          const outbound = connect(Number(target.port), target.hostname);
          const pair: [Socket, Socket] = [inbound, outbound];
          pairs.add(pair);
          for (const socket of pair) {
            socket.on('error', () => socket.destroy());
            // Either side closing ends the other, as a dropped connection does.
            socket.on('close', () => {
              pairs.delete(pair);
              inbound.destroy();
              outbound.destroy();
            });
          }
          if (stalled) inbound.pause();
          else flow(pair);
        });
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) for (const socket of pair) socket.destroy();
        if (server) server.close(() => resolve());
        else resolve();
        server = undefined;
      }),
    stall: () => {
      stalled = true;
      pairs.forEach(hold);
    },
    resume: () => {
      stalled = false;
      pairs.forEach(flow);
    },
  };
}

export interface SilentServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Takes every connection and never says a word, as a frozen host or a
 * firewall that drops packets does: the case where a client without its own
 * timeouts waits forever.
 */
export async function silentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
