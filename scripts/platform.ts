/**
 * The local Netlify platform (functions, static files, headers, database, blobs), offline.
 * Used by `npm start` (scripts/serve.ts) and by the tests, so both run the same thing.
 */
import { NetlifyDev } from '@netlify/dev';
import { NetlifyDB } from '@netlify/database-dev';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { seedIfEmpty } from '../dev/seed/seed';
import { todayInBelgium } from '../src/lib/dates';
import { FunctionLanes, readFunctionRoutes } from './function-lanes';

export const MIGRATIONS_DIR = 'netlify/database/migrations';

// The local database URL has no user name; pg then refuses to connect.
process.env['PGUSER'] ??= 'postgres';

export interface Platform {
  dev: NetlifyDev;
  /** Runs one request through the platform, as the tests do in-process. */
  handle(request: Request): Promise<Response>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  projectRoot?: string;
  /** 'persistent' keeps data in .netlify/db across restarts; 'memory' starts empty (tests). */
  database?: 'persistent' | 'memory';
}

async function startMemoryDatabase(): Promise<NetlifyDB> {
  const db = new NetlifyDB({ logger: () => {} });
  const url = await db.start();
  // The functions read these, as they read the ones @netlify/dev sets for its own database.
  process.env['NETLIFY_DB_URL'] = url;
  process.env['NETLIFY_DB_DRIVER'] = 'server';
  return db;
}

/** A short-lived pool on the database both modes announce in NETLIFY_DB_URL. */
async function withPool<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: process.env['NETLIFY_DB_URL'] });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

export async function startPlatform({
  projectRoot = process.cwd(),
  database = 'persistent',
}: PlatformOptions = {}): Promise<Platform> {
  const memoryDb = database === 'memory' ? await startMemoryDatabase() : undefined;
  const dev = new NetlifyDev({
    projectRoot,
    database: { enabled: database === 'persistent' },
    edgeFunctions: { enabled: false },
    aiGateway: { enabled: false },
    geolocation: { enabled: false },
    images: { enabled: false },
    environmentVariables: { enabled: true },
    serverAddress: null,
    logger: {
      log: () => {},
      warn: (...a: unknown[]) => console.warn(...a),
      error: (...a: unknown[]) => console.error(...a),
    } as never,
  });
  await dev.start();
  const db = memoryDb ?? dev.db;
  if (!db) throw new Error('Netlify Database did not start');
  await db.applyMigrations(path.join(projectRoot, MIGRATIONS_DIR));
  // Synthetic test citizens for the local login page and dossier (local only, never in production).
  await withPool((pool) => seedIfEmpty(pool, todayInBelgium()));
  const notFoundPage = path.join(projectRoot, 'dist', '404.html');
  const lanes = new FunctionLanes(readFunctionRoutes(path.join(projectRoot, 'functions')));
  return {
    dev,
    async handle(request) {
      const response = await lanes.run(new URL(request.url).pathname, () => dev.handle(request));
      if (response) return response;
      // Netlify answers unknown paths with the site's 404.html.
      const body = await readFile(notFoundPage, 'utf8').catch(() => 'Not found');
      return new Response(body, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    },
    async stop() {
      await dev.stop();
      await memoryDb?.stop();
    },
  };
}

/** Serves the platform over HTTP on the given port (0 picks a free one). */
export async function listen(
  platform: Platform,
  port: number,
  host = 'localhost',
): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    try {
      const url = `http://${req.headers.host ?? `${host}:${port}`}${req.url ?? '/'}`;
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(url, {
        method: req.method ?? 'GET',
        headers: Object.entries(req.headers).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x): [string, string] => [k, x])
              : [[k, v] as [string, string]],
        ),
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
      } as RequestInit);
      const response = await platform.handle(request);
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') headers[key] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      res.writeHead(response.status, headers);
      if (response.body && req.method !== 'HEAD') {
        for await (const chunk of response.body) res.write(chunk);
      }
      res.end();
    } catch (error) {
      console.error('request failed:', error instanceof Error ? error.message : 'unknown error');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}` };
}
