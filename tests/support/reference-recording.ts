/**
 * Netlify's answers (from @netlify/dev) kept beside the code they were asked of, so the
 * conformance test asks @netlify/dev again only when that code changed. The recording names a
 * digest of every file that can change an answer (the site's sources, texts, content, functions,
 * migrations, Netlify's settings, the lock file with @netlify/dev's version, and the test's own
 * table); any change to any of them, committed or not, makes the recording stale, and a stale
 * recording is never used: the test asks @netlify/dev and writes a new one.
 * REFERENCE=live always asks @netlify/dev.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
export const RECORDING = path.join(ROOT, 'tests', 'fixtures', 'netlify-reference-answers.json');

/** What decides Netlify's answers; the local host's own code (scripts/host) is what is tested, so it is left out. */
const INPUTS = [
  'astro.config.mjs',
  'content',
  'dev',
  'functions',
  'locales',
  'netlify',
  'netlify.toml',
  'package-lock.json',
  'public',
  'scripts/write-headers.ts',
  'src',
  'tests/host/host-conformance.test.ts',
  'tests/support/reference-platform.ts',
  'tests/support/reference-recording.ts',
];

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** One digest over the path and bytes of every input file, in a fixed order. */
export function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder)) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

interface Recording<Answer> {
  inputs: string;
  answers: Record<string, Answer>;
}

/** The recorded answers when they were asked of exactly this code, else null. */
export function readRecording<Answer>(digest: string, file = RECORDING): Record<string, Answer> | null {
  if (process.env['REFERENCE'] === 'live' || !existsSync(file)) return null;
  const recording = JSON.parse(readFileSync(file, 'utf8')) as Recording<Answer>;
  return recording.inputs === digest ? recording.answers : null;
}

export function writeRecording<Answer>(digest: string, answers: Record<string, Answer>, file = RECORDING): void {
  const recording: Recording<Answer> = { inputs: digest, answers };
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
}
