import { once } from 'node:events';
import { createServer, request } from 'node:http';

export interface GarblingProxy {
  endpoint: string;
  /** The DynamoDB operations passed on so far (GetItem, …), in order. */
  operations: string[];
  /** From now on every request is answered 200 with a body that is not JSON, as a broken endpoint or middlebox might. */
  garble(): void;
  close(): Promise<void>;
}

/**
 * An HTTP endpoint that passes requests on to a real one (DynamoDB Local)
 * until told to answer garbage: a fault the SDK cannot read, which the app
 * has no translation for, so it ends as a logged 500.
 */
export async function garblingProxy(target: string): Promise<GarblingProxy> {
  const { hostname, port } = new URL(target);
  let garbled = false;
  const operations: string[] = [];
  const server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () => {
      if (garbled) {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('<html>not json');
        return;
      }
      operations.push(String(req.headers['x-amz-target']).replace(/^DynamoDB_\d+\./, ''));
      const onward = request({ hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      onward.on('error', () => res.destroy());
      onward.end(Buffer.concat(body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    operations,
    garble: () => {
      garbled = true;
    },
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
