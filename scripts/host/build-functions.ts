/**
 * Builds every function in functions/ once, with the bundler a Netlify deploy uses
 * (@netlify/zip-it-and-ship-it, esbuild as netlify.toml asks), into .netlify/functions-built/.
 * `archiveFormat: 'none'` keeps each artefact as a folder instead of a zip, so the local host
 * can import exactly what a deploy would upload. Part of `npm run build`.
 */
import { zipFunctions } from '@netlify/zip-it-and-ship-it';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const FUNCTIONS_DIR = 'functions';
export const BUILT_FUNCTIONS_DIR = '.netlify/functions-built';
export const MANIFEST_FILE = 'manifest.json';

/** What netlify.toml's [functions] says, in zip-it-and-ship-it's words. */
export function zisiOptions(projectRoot: string) {
  return {
    archiveFormat: 'none' as const,
    basePath: projectRoot,
    repositoryRoot: projectRoot,
    config: {
      '*': {
        nodeBundler: 'esbuild' as const,
        // The pinned Node binary (devDependency `node`) is pulled in by the trace of a native module;
        // Netlify brings its own Node, so a bundle never needs it (121 MB each).
        includedFiles: ['locales/**', 'content/data/**', '!node_modules/node/**'],
        includedFilesBasePath: projectRoot,
      },
    },
  };
}

/**
 * Builds all functions and writes zip-it-and-ship-it's manifest beside them.
 * @example await buildFunctions(process.cwd()) // ['auth-callback', 'deadline', …]
 */
export async function buildFunctions(projectRoot: string, target = path.join(projectRoot, BUILT_FUNCTIONS_DIR)) {
  await rm(target, { recursive: true, force: true });
  const results = await zipFunctions(path.join(projectRoot, FUNCTIONS_DIR), target, {
    ...zisiOptions(projectRoot),
    manifest: path.join(target, MANIFEST_FILE),
  });
  return results.map((result) => result.name);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const names = await buildFunctions(process.cwd());
  console.log(
    `built ${names.length} functions in ${Math.round(performance.now() - started)} ms into ${BUILT_FUNCTIONS_DIR}/`,
  );
}
