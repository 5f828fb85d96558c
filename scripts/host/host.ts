/**
 * The local function host: Netlify's platform for one laptop, in-process and warm.
 * Built functions are imported once; a request goes, in Netlify's order, to a function whose
 * route matches (after a static file when the route prefers static), else to dist/, else to
 * 404.html. Scheduled functions run on their schedule (schedules.ts). Used alike by `npm start`, the tests and the benchmarks.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { chooseEncoding, compress } from './compression';
import { startDatabase, type DatabaseChoice, type RunningDatabase } from './database';
import { loadFunctions, matchFunction, type FunctionMatch, type LoadedFunction } from './function-table';
import { createContext, RequestCookies } from './netlify-context';
import { readLimitedBody } from './request-body';
import { currentContext, startNetlifyRuntime } from './runtime';
import { nextRun, startSchedules } from './schedules';
import { StaticSite } from './static-site';

export interface HostOptions {
  projectRoot?: string;
  database?: DatabaseChoice;
  /** Where blobs live; a temporary folder (removed at stop) when left out. */
  blobsDirectory?: string;
  /** The site's own address, for `context.site.url`. */
  siteUrl?: string;
  /** Now, in ms, for the schedules; a test moves it to just before a run. */
  clock?: () => number;
}

export interface ClientInfo {
  /** The client's address, for `context.ip`. */
  ip?: string;
}

export interface Host {
  /** Answers one request as Netlify would. */
  handle(request: Request, info?: ClientInfo): Promise<Response>;
  database: RunningDatabase;
  functions: LoadedFunction[];
  /** Runs a scheduled function now, as its schedule would (tests use it), and gives its answer. */
  runScheduled(name: string): Promise<Response>;
  stop(): Promise<void>;
}

/** Netlify's own answer when a function throws past every catch: no page, no details. */
function platformError(requestId: string): Response {
  return new Response('Internal Server Error', {
    status: 500,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'x-nf-request-id': requestId },
  });
}

function tooLarge(): Response {
  return new Response('Payload Too Large: the request body is larger than 6 MB.', {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** A function's answer with its cookies, request id and the CDN's compression. */
async function finish(request: Request, response: Response, cookies: RequestCookies, requestId: string) {
  const headers = new Headers(response.headers);
  cookies.applyTo(headers);
  headers.set('x-nf-request-id', requestId);
  let body: BodyInit | null = response.body;
  const contentType = headers.get('content-type');
  const acceptEncoding = request.headers.get('accept-encoding');
  // Only a body that may be compressed is read whole; anything else streams through.
  if (body && !headers.has('content-encoding') && chooseEncoding(acceptEncoding, contentType, Infinity)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const encoding = chooseEncoding(acceptEncoding, contentType, bytes.byteLength);
    const sent = encoding ? new Uint8Array(await compress(bytes, encoding, 'dynamic')) : bytes;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(sent.byteLength));
    headers.append('Vary', 'Accept-Encoding');
    body = sent;
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: response.status, headers });
}

/**
 * Stops the database under the functions' idle pools, which say "database connection lost" as
 * they should in production; at a deliberate stop that is noise, so it is not printed.
 */
async function quietly(stop: () => Promise<void>): Promise<void> {
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('database connection lost')) error(...args);
  };
  try {
    await stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.error = error;
  }
}

export async function startHost({
  projectRoot = process.cwd(),
  database: choice = 'memory',
  blobsDirectory,
  siteUrl = 'http://localhost:8888',
  clock = Date.now,
}: HostOptions = {}): Promise<Host> {
  const runtime = await startNetlifyRuntime(blobsDirectory);
  const database = await startDatabase(choice, projectRoot).catch(async (error: unknown) => {
    await runtime.stop();
    throw error;
  });
  const [functions, site] = await Promise.all([
    loadFunctions(projectRoot),
    StaticSite.open(path.join(projectRoot, 'dist'), path.join(projectRoot, 'netlify.toml')),
  ]);
  const pending = new Set<Promise<unknown>>();

  async function invoke(request: Request, match: FunctionMatch, info: ClientInfo): Promise<Response> {
    const requestId = randomUUID().replaceAll('-', '');
    let body: Uint8Array<ArrayBuffer> | null = null;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const read = await readLimitedBody(request);
      if (read === 'tooLarge') return tooLarge();
      body = read;
    }
    const ip = info.ip ?? '127.0.0.1';
    const headers = new Headers(request.headers);
    headers.set('x-nf-request-id', requestId);
    headers.set('x-nf-client-connection-ip', ip);
    const fnRequest = new Request(request.url, { method: request.method, headers, body });
    const cookies = new RequestCookies(fnRequest);
    const waitUntil = (promise: Promise<unknown>) => {
      const tracked = promise.catch(() => undefined).finally(() => pending.delete(tracked));
      pending.add(tracked);
    };
    const context = createContext({
      request: fnRequest,
      params: match.params,
      ip,
      requestId,
      cookies,
      waitUntil,
      siteUrl,
    });
    try {
      const response = await currentContext.run(context, () => match.fn.handler(fnRequest, context));
      if (!(response instanceof Response))
        return finish(request, new Response(null, { status: 204 }), cookies, requestId);
      return await finish(request, response, cookies, requestId);
    } catch (error) {
      // The error's message may hold personal data (a value in a failed query): only its kind.
      const kind = error instanceof Error ? error.name : typeof error;
      console.error(`function ${match.fn.name} failed (request ${requestId}): ${kind}`);
      return platformError(requestId);
    }
  }

  /**
   * Calls a scheduled function as Netlify does: a POST whose JSON body holds `next_run`. It has
   * no route, so no request from outside can reach it.
   */
  function runScheduled(name: string, nextRunAt?: Date): Promise<Response> {
    const fn = functions.find((f) => f.name === name && f.schedule);
    if (!fn?.schedule) throw new Error(`No scheduled function named ${name}`);
    const next = nextRunAt ?? nextRun(fn.schedule, clock());
    const request = new Request(new URL(`/.netlify/functions/${name}`, siteUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ next_run: next.toISOString() }),
    });
    const run = invoke(request, { fn, params: {}, preferStatic: false }, {});
    const tracked = run.catch(() => undefined).finally(() => pending.delete(tracked));
    pending.add(tracked);
    return run;
  }

  const schedules = startSchedules(
    functions,
    async (fn, nextRunAt) => {
      const response = await runScheduled(fn.name, nextRunAt);
      await response.body?.cancel();
      if (!response.ok) console.error(`scheduled function ${fn.name} answered ${response.status}`);
    },
    clock,
  );

  return {
    database,
    functions,
    runScheduled: (name) => runScheduled(name),
    async handle(request, info = {}) {
      const { pathname, search } = new URL(request.url);
      const match = matchFunction(functions, pathname, search, request.method);
      if (match?.preferStatic) {
        const file = await site.respond(request);
        if (file) return file;
      }
      if (match) return invoke(request, match, info);
      return (await site.respond(request)) ?? site.notFound(request);
    },
    async stop() {
      schedules.stop();
      await Promise.all(pending);
      await quietly(() => database.stop());
      await runtime.stop();
    },
  };
}
