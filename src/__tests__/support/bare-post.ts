import { connect } from 'node:net';
import { once } from 'node:events';

export interface BareResponse {
  status: number;
  headers: string;
  body: string;
}

/**
 * A POST with no body and no framing headers at all, byte for byte what
 * `curl -X POST` sends. fetch and node:http both add `Content-Length: 0` to
 * a bodiless POST, which would spare the server the case this is for.
 * Connection: close, so the answer ends when the server closes the connection.
 */
export async function barePost(url: string, headers: Record<string, string>): Promise<BareResponse> {
  const { hostname, port, pathname, host } = new URL(url);
  const socket = connect(Number(port), hostname);
  const lines = [
    `POST ${pathname} HTTP/1.1`,
    `Host: ${host}`,
    'User-Agent: curl/7.88.1',
    'Accept: */*',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(socket, 'close');
  const raw = Buffer.concat(chunks).toString('utf8');
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head, body: raw.slice(split + 4) };
}
