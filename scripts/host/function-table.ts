/**
 * The built functions, each imported once, and the routing between them: every function's own
 * `config` (path, excludedPath, method, preferStatic, schedule) as zip-it-and-ship-it wrote it into the
 * manifest a deploy uploads, matched with URLPattern in the order Netlify's local runtime uses.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from '@netlify/functions';
import { BUILT_FUNCTIONS_DIR, MANIFEST_FILE } from './build-functions';

type Handler = (req: Request, context: Context) => Response | Promise<Response>;

interface ManifestRoute {
  pattern: string;
  methods?: string[];
  prefer_static?: boolean;
}

interface ManifestFunction {
  name: string;
  path: string;
  schedule?: string;
  routes?: ManifestRoute[];
  excludedRoutes?: { pattern: string }[];
}

interface Route {
  pattern: URLPattern;
  methods: string[];
  preferStatic: boolean;
}

export interface LoadedFunction {
  name: string;
  handler: Handler;
  routes: Route[];
  excluded: URLPattern[];
  /** A scheduled function's cron expression (or @hourly…); such a function has no routes. */
  schedule?: string;
}

export interface FunctionMatch {
  fn: LoadedFunction;
  params: Record<string, string>;
  preferStatic: boolean;
}

/** Imports a built function as is (vitest.config.ts leaves these files to Node, untransformed). */
const importBuilt = (url: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ url);
let generation = 0;

/** The file the deploy's entry point hands to Netlify's bootstrap: the bundled function itself. */
async function bundledModule(functionDir: string): Promise<string> {
  const entry = await readFile(path.join(functionDir, '___netlify-entry-point.mjs'), 'utf8');
  const target = /getLambdaHandler\('([^']+)'\)/.exec(entry)?.[1];
  if (!target) throw new Error(`No function module named in ${functionDir}/___netlify-entry-point.mjs`);
  return path.join(functionDir, target);
}

/**
 * Set (by the tests' global setup) to import each function at its first request instead of at
 * start: a test file calls a few of the 28 functions, and importing all of them took 10-12 s per
 * host. Its first request then pays the import, as a cold start on Netlify does.
 */
export const LAZY_FUNCTIONS_ENV = 'BLIJF_LAZY_FUNCTIONS';

/** The module's default export, checked to be a handler. */
async function handlerOf(url: string, name: string): Promise<Handler> {
  const module = await importBuilt(url);
  if (typeof module['default'] !== 'function') throw new Error(`${name} has no default export`);
  return module['default'] as Handler;
}

/** A handler that imports its module at the first call, once. */
function lazyHandler(url: string, name: string): Handler {
  let loading: Promise<Handler> | undefined;
  return async (req, context) => {
    loading ??= handlerOf(url, name);
    return (await loading)(req, context);
  };
}

/**
 * Imports every built function once (or, with LAZY_FUNCTIONS_ENV, at its first request). Each
 * host gets its own module instances (a query on the URL), so two hosts in one process never
 * share a database pool.
 */
export async function loadFunctions(projectRoot: string): Promise<LoadedFunction[]> {
  const builtDir = path.join(projectRoot, BUILT_FUNCTIONS_DIR);
  const manifestText = await readFile(path.join(builtDir, MANIFEST_FILE), 'utf8').catch(() => {
    throw new Error(`No built functions in ${BUILT_FUNCTIONS_DIR}/: run npm run build first`);
  });
  const manifest = JSON.parse(manifestText) as { functions: ManifestFunction[] };
  generation += 1;
  const functions = [...manifest.functions].sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(
    functions.map(async (entry) => {
      const file = await bundledModule(path.join(builtDir, entry.name));
      const url = `${pathToFileURL(file).href}?host=${generation}`;
      const handler = process.env[LAZY_FUNCTIONS_ENV] ? lazyHandler(url, entry.name) : await handlerOf(url, entry.name);
      return {
        name: entry.name,
        handler,
        routes: (entry.routes ?? []).map((route) => ({
          pattern: new URLPattern({ pathname: route.pattern }),
          methods: route.methods ?? [],
          preferStatic: route.prefer_static ?? false,
        })),
        excluded: (entry.excludedRoutes ?? []).map((route) => new URLPattern({ pathname: route.pattern })),
        ...(entry.schedule ? { schedule: entry.schedule } : {}),
      };
    }),
  );
}

/** "/nl/status/" and "/nl/status" are one route, as on Netlify. */
function routePath(pathname: string): string {
  return pathname !== '/' && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
}

/**
 * The first function (by name) with a route for this path and method that does not exclude the
 * path, with the route's parameters. As on Netlify: routes match without regard to case or a
 * trailing slash, but the parameters are read, as Netlify's bootstrap reads them, from the path as
 * sent, whose trailing slash is dropped only when no query follows it. So "/NL/STATUS/" and
 * "/nl/status/?x=1" reach the status function without a `lang` (a 404 there).
 * @example matchFunction(fns, '/nl/dossier/income/', '', 'GET') // { fn: dossier-section, params: { lang: 'nl', section: 'income' } }
 */
export function matchFunction(
  functions: LoadedFunction[],
  pathname: string,
  search: string,
  method: string,
): FunctionMatch | undefined {
  const lower = routePath(pathname).toLowerCase();
  const paramsPath = search ? pathname : routePath(pathname);
  for (const fn of functions) {
    const route = fn.routes.find(
      (r) => (r.methods.length === 0 || r.methods.includes(method)) && r.pattern.test({ pathname: lower }),
    );
    if (!route || fn.excluded.some((pattern) => pattern.test({ pathname: lower }))) continue;
    const groups = route.pattern.exec({ pathname: paramsPath })?.pathname.groups ?? {};
    const params = Object.fromEntries(Object.entries(groups).filter((e): e is [string, string] => e[1] !== undefined));
    return { fn, params, preferStatic: route.preferStatic };
  }
  return undefined;
}
