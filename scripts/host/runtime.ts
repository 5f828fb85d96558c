/**
 * What Netlify's runtime gives every function beyond its arguments: the `Netlify` global
 * (`Netlify.env`, `Netlify.context`) and the Blobs context, through the same @netlify/runtime
 * that @netlify/dev uses, with a local Blobs server behind `getStore()`.
 */
import { BlobsServer } from '@netlify/blobs/server';
import type { Context } from '@netlify/functions';
import { startRuntime } from '@netlify/runtime';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SITE_ID = 'local-site';
export const DEPLOY_ID = 'local-deploy';

/** The Context of the request being handled, for `Netlify.context`. */
export const currentContext = new AsyncLocalStorage<Context>();

const env = {
  delete: (key: string) => void delete process.env[key],
  get: (key: string) => process.env[key],
  has: (key: string) => process.env[key] !== undefined,
  set: (key: string, value: string) => void (process.env[key] = value),
  toObject: () => ({ ...process.env }) as Record<string, string>,
};

/**
 * Starts the Blobs server (in `directory`, or in a temporary folder removed at stop) and the
 * runtime globals. Blobs are kept in .netlify/blobs-serve for `npm start`, as @netlify/dev does.
 */
export async function startNetlifyRuntime(directory?: string): Promise<{ stop(): Promise<void> }> {
  const folder = directory ?? (await mkdtemp(path.join(tmpdir(), 'blijf-blobs-')));
  const token = randomBytes(16).toString('hex');
  const blobs = new BlobsServer({ directory: folder, token, logger: () => {} });
  const { port } = await blobs.start();
  const url = `http://127.0.0.1:${port}`;
  startRuntime({
    blobs: { edgeURL: url, uncachedEdgeURL: url, primaryRegion: 'local', token },
    cache: { getCacheAPIContext: () => null, purgeToken: '' },
    deployID: DEPLOY_ID,
    env: env as never,
    getRequestContext: () => currentContext.getStore() ?? null,
    siteID: SITE_ID,
  });
  return {
    async stop() {
      await blobs.stop();
      if (!directory) await rm(folder, { recursive: true, force: true });
    },
  };
}
