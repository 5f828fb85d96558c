/**
 * Finds the PostgreSQL server programs (initdb, pg_ctl) and runs them as a user they accept.
 * Development and tests only.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const DEBIAN_ROOT = '/usr/lib/postgresql';
const INSTALL_HINT =
  'No PostgreSQL server found: install it (Debian: sudo apt-get install -y postgresql; macOS: brew install postgresql@15).';

const run = promisify(execFile);

/** The highest version under /usr/lib/postgresql/<version>/bin that has initdb. */
function debianBinDir(): string | undefined {
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((version) => existsSync(path.join(DEBIAN_ROOT, version, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] && path.join(DEBIAN_ROOT, versions[0], 'bin');
}

/** Homebrew and most non-Debian packages put initdb on PATH; Debian does not. */
function binDirOnPath(): string | undefined {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter).filter(Boolean);
  return dirs.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

/**
 * The folder that holds initdb and pg_ctl. As root on Debian it installs Debian's postgresql once;
 * elsewhere it stops with one line that says how to install it.
 *
 * @example
 * const initdb = path.join(findPostgresBinDir(), 'initdb');
 */
export function findPostgresBinDir(): string {
  const found = debianBinDir() ?? binDirOnPath();
  if (found) return found;
  if (isRoot() && existsSync('/etc/debian_version')) {
    console.log('PostgreSQL server not found: installing Debian package postgresql');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit' });
    const installed = debianBinDir();
    if (installed) return installed;
  }
  throw new Error(INSTALL_HINT);
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** initdb and postgres refuse to run as root, so as root they run as the `postgres` user. */
function asServerUser(file: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

/**
 * Runs a PostgreSQL program (as `postgres` when we are root); rejects with its output on failure.
 *
 * @example
 * await runServerProgram(path.join(binDir, 'pg_ctl'), ['-D', dataDir, 'status'], dataDir);
 */
export async function runServerProgram(file: string, args: string[], cwd: string): Promise<void> {
  const [command, fullArgs] = asServerUser(file, args);
  try {
    // cwd: the postgres user may not be allowed into the caller's folder (e.g. /root).
    await run(command, fullArgs, { cwd, encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(file)} failed: ${`${stderr}\n${stdout}`.trim()}`, { cause: error });
  }
}

/**
 * The same, blocking: for a process 'exit' hook, where nothing asynchronous runs any more.
 *
 * @example
 * process.once('exit', () => runServerProgramSync(pgCtl, ['-D', dataDir, 'stop', '-m', 'immediate'], dir));
 */
export function runServerProgramSync(file: string, args: string[], cwd: string): void {
  const [command, fullArgs] = asServerUser(file, args);
  spawnSync(command, fullArgs, { cwd, stdio: 'ignore' });
}
