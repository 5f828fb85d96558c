/**
 * Every function bundled as a deploy bundles it: @netlify/zip-it-and-ship-it with the options
 * of scripts/host/build-functions.ts, but as zip archives (the default, what a deploy uploads)
 * in a fresh folder. Each archive is unzipped and its entry point and bundled module imported in
 * a fresh Node process with a clean environment, so a function that only works next to the
 * source tree (a missing package, a file left out, a database needed at import) fails here.
 */
import { zipFunctions } from '@netlify/zip-it-and-ship-it';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS_DIR, zisiOptions } from '../../scripts/host/build-functions';

const ROOT = process.cwd();
const FUNCTION_NAMES = readdirSync(path.join(ROOT, FUNCTIONS_DIR))
  .filter((file) => /\.m?[jt]s$/.test(file))
  .map((file) => path.parse(file).name)
  .sort();
const DATA_FILES = readdirSync(path.join(ROOT, 'content', 'data')).sort();
const ENTRY_POINT = '___netlify-entry-point.mjs';

/** What a deploy uploads: the build's options with the default archive format, zip. */
const deployOptions = (projectRoot: string) => ({ ...zisiOptions(projectRoot), archiveFormat: 'zip' as const });

type Bundled = Awaited<ReturnType<typeof zipFunctions>>[number];

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

/** Unzips with the system's unzip, else with node-stream-zip (already installed, by @netlify/dev). */
async function unzip(archive: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  if (hasUnzip) {
    const result = spawnSync('unzip', ['-q', archive, '-d', target], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`unzip ${archive} failed: ${result.stderr}`);
    return;
  }
  const { default: StreamZip } = await import('node-stream-zip');
  const zip = new StreamZip.async({ file: archive });
  await zip.extract(null, target);
  await zip.close();
}

/** Bundles a functions folder into zips and unzips each into `<into>/<name>/`. */
async function bundleAndUnzip(functionsDir: string, projectRoot: string, into: string) {
  const results = await zipFunctions(functionsDir, path.join(into, 'zips'), deployOptions(projectRoot));
  const bundles = new Map<string, { result: Bundled; dir: string }>();
  for (const result of results) {
    const dir = path.join(into, 'unzipped', result.name);
    await unzip(result.path, dir);
    bundles.set(result.name, { result, dir });
  }
  return bundles;
}

/**
 * Runs in the unzipped folder. AWS Lambda's Node.js runtime defines the `awslambda` global that
 * Netlify's bootstrap wraps the handler with at import; a bare Node has none, so a stand-in.
 */
const IMPORT_SCRIPT = `
globalThis.awslambda = { streamifyResponse: (handler) => handler, HttpResponseStream: { from: (stream) => stream } };
const entry = await import('./${ENTRY_POINT}');
const fn = await import(process.argv[1]);
console.log(JSON.stringify({ handler: typeof entry.handler, default: typeof fn.default, config: fn.config ?? null }));
`;

interface Exports {
  handler: string;
  default: string;
  config: { path?: string | string[]; schedule?: string } | null;
}

interface Imported {
  status: number | null;
  stderr: string;
  module?: string;
  exports?: Exports;
}

/** Imports a bundle's entry point and the module it names, in a fresh Node with a clean env. */
async function importBundle(dir: string): Promise<Imported> {
  const entry = await readFile(path.join(dir, ENTRY_POINT), 'utf8');
  const module = /getLambdaHandler\('([^']+)'\)/.exec(entry)?.[1];
  if (!module) return { status: null, stderr: `no module named in ${ENTRY_POINT}: ${entry}` };
  // Only PATH: no NETLIFY_DB_URL, no OIDC settings, nothing vitest set.
  const env = { PATH: process.env['PATH'] ?? '' };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT, module], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
  return {
    status: run.status,
    stderr: run.stderr,
    module,
    ...(run.status === 0 && lastLine ? { exports: JSON.parse(lastLine) as Exports } : {}),
  };
}

let workDir: string;
let bundles: Map<string, { result: Bundled; dir: string }>;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'deploy-bundles-'));
  bundles = await bundleAndUnzip(path.join(ROOT, FUNCTIONS_DIR), ROOT, path.join(workDir, 'deploy'));
}, 600_000); // 22 functions bundled as a deploy does: about 20 s alone, minutes beside the browser tests

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

test('every function in functions/ is bundled into a zip archive', () => {
  expect([...bundles.keys()].sort()).toEqual(FUNCTION_NAMES);
  for (const { result } of bundles.values()) expect(result.path).toMatch(/\.zip$/);
});

describe('each deploy bundle imports in a fresh Node process', () => {
  test.each(FUNCTION_NAMES)(
    '%s: its entry point exports a handler and its module a function and a config (path or schedule)',
    async (name) => {
      const bundle = bundles.get(name);
      if (!bundle) throw new Error(`${name} was not bundled`);
      const imported = await importBundle(bundle.dir);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.module).toBe(`./functions/${name}.mjs`);
      expect(imported.exports?.handler).toBe('function');
      expect(imported.exports?.default).toBe('function');
      const declared = [imported.exports?.config?.path ?? []].flat();
      const schedule = imported.exports?.config?.schedule;
      // A scheduled function has a schedule instead of a path, and the manifest carries it.
      if (schedule) expect(bundle.result.schedule).toBe(schedule);
      else expect(declared.length).toBeGreaterThan(0);
      // The routes the deploy's manifest gets are the paths the module declares.
      expect(declared).toEqual((bundle.result.routes ?? []).map((route) => route.pattern));
    },
  );

  test.each(FUNCTION_NAMES)('%s: its bundle holds the included locales and content data', (name) => {
    const dir = bundles.get(name)?.dir ?? '';
    expect(existsSync(path.join(dir, 'locales', 'nl', 'common.json'))).toBe(true);
    expect(readdirSync(path.join(dir, 'content', 'data')).sort()).toEqual(DATA_FILES);
  });
});

describe('a function that imports a missing package', () => {
  const MISSING = 'a-package-that-is-not-installed';
  let outcome: 'refused to bundle' | 'bundled';
  let refusal: unknown;
  let copied: Map<string, { result: Bundled; dir: string }> = new Map();

  // A functions folder of its own with one good function and one broken one; the real
  // functions/ is left alone (and bundled once above). The source, packages and included files
  // are linked, not copied.
  beforeAll(async () => {
    const project = path.join(workDir, 'broken-project');
    await mkdir(path.join(project, FUNCTIONS_DIR), { recursive: true });
    await cp(path.join(ROOT, FUNCTIONS_DIR, 'health.mts'), path.join(project, FUNCTIONS_DIR, 'health.mts'));
    for (const linked of ['src', 'node_modules', 'locales', 'content', 'package.json']) {
      await symlink(path.join(ROOT, linked), path.join(project, linked));
    }
    await writeFile(
      path.join(project, FUNCTIONS_DIR, 'broken.mts'),
      [
        "import type { Config } from '@netlify/functions';",
        `import { missing } from '${MISSING}';`,
        'export default () => new Response(String(missing));',
        "export const config: Config = { path: '/api/broken' };",
        '',
      ].join('\n'),
    );
    try {
      copied = await bundleAndUnzip(path.join(project, FUNCTIONS_DIR), project, path.join(workDir, 'broken'));
      outcome = 'bundled';
    } catch (error) {
      refusal = error;
      outcome = 'refused to bundle';
    }
  }, 180_000);

  test('is bundled by zip-it-and-ship-it, as a deploy would, beside a good one', () => {
    expect(outcome, String(refusal)).toBe('bundled');
    expect([...copied.keys()].sort()).toEqual(['broken', 'health']);
  });

  test('fails to import from its bundle, so the test above would name it', async () => {
    const bundle = copied.get('broken');
    if (!bundle) throw new Error('broken was not bundled');
    const imported = await importBundle(bundle.dir);
    expect(imported.status).not.toBe(0);
    expect(imported.stderr).toContain(`Cannot find package '${MISSING}'`);
  });

  test('while a good function bundled from the same copy still imports', async () => {
    const bundle = copied.get('health');
    if (!bundle) throw new Error('health was not bundled');
    const imported = await importBundle(bundle.dir);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.exports?.default).toBe('function');
  });
});
