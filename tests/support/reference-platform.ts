/**
 * @netlify/dev, Netlify's own local platform, kept as the reference the host is compared with
 * (tests/host/host-conformance.test.ts). It builds a function for every request (~1 s) and
 * breaks when two requests to one function overlap, so send it one request at a time.
 */
import { NetlifyDev } from '@netlify/dev';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReferencePlatform {
  handle(request: Request): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts @netlify/dev on the project, its database announced by the host already running. */
export async function startReferencePlatform(projectRoot = process.cwd()): Promise<ReferencePlatform> {
  const dev = new NetlifyDev({
    projectRoot,
    database: { enabled: false },
    edgeFunctions: { enabled: false },
    aiGateway: { enabled: false },
    geolocation: { enabled: false },
    images: { enabled: false },
    environmentVariables: { enabled: true },
    serverAddress: null,
    logger: { log: () => {}, warn: () => {}, error: (...a: unknown[]) => console.error(...a) } as never,
  });
  await dev.start();
  const notFoundPage = path.join(projectRoot, 'dist', '404.html');
  return {
    async handle(request) {
      const response = await dev.handle(request);
      if (response) return response;
      // Netlify answers a path nothing serves with the site's 404.html; @netlify/dev leaves that to its caller.
      const body = await readFile(notFoundPage, 'utf8');
      return new Response(body, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    },
    stop: () => dev.stop(),
  };
}
