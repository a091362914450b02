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
}

/**
 * A TCP relay on a local port to a real database, which a test opens and
 * closes to make the database come, go and come back, without touching the
 * database itself (other test files share it).
 */
export function relay(port: number, target: URL): Relay {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    open: () =>
      new Promise((resolve) => {
        server = createServer((inbound) => {
          const outbound = connect(Number(target.port), target.hostname);
          for (const socket of [inbound, outbound]) {
            sockets.add(socket);
            socket.on('error', () => socket.destroy());
            socket.on('close', () => sockets.delete(socket));
          }
          // Either side closing ends the other, as a dropped connection does.
          inbound.on('close', () => outbound.destroy());
          outbound.on('close', () => inbound.destroy());
          inbound.pipe(outbound).pipe(inbound);
        });
        server.listen(port, '127.0.0.1', () => resolve());
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (server) server.close(() => resolve());
        else resolve();
        server = undefined;
      }),
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
