/**
 * Serves the host over HTTP. Node's http server is bridged to Request/Response by
 * @hono/node-server, a maintained adapter, instead of hand-written stream code.
 */
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { Host } from './host';

/** Listens on `port` (0 picks a free one) and returns the server and its base URL. */
export async function listen(
  host: Host,
  port: number,
  hostname = 'localhost',
): Promise<{ server: Server; url: string }> {
  const listener = getRequestListener(
    (request, env) => host.handle(request, { ip: (env as HttpBindings).incoming.socket.remoteAddress ?? '127.0.0.1' }),
    {
      overrideGlobalObjects: false,
      errorHandler: (error) => {
        console.error('request failed:', error instanceof Error ? error.name : 'unknown error');
        return new Response('Internal Server Error', { status: 500 });
      },
    },
  );
  const server = createServer(listener);
  // Many slow clients at once (old phones on bad connections) must not run out of sockets.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${hostname}:${actualPort}` };
}

/** Stops listening and ends open connections. */
export async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
