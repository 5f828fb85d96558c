/**
 * A real PostgreSQL server in a temporary folder, for tests and benchmarks: started on a free
 * port, tuned for speed over durability, and gone (data and all) after stop(). Development and
 * tests only; production uses Netlify Database.
 */
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../free-port';
import { withClient } from './with-client';
import { findPostgresBinDir, isRoot, runServerProgram, runServerProgramSync } from './binaries';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** Creates an empty database (named test_<hex> unless given) and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server but keeps its data, as when a database goes away in the middle of a run. */
  pause(): Promise<void>;
  /** Starts a paused server again, on the same port with the same data. */
  resume(): Promise<void>;
  /** Stops the server at once and deletes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const START_ATTEMPTS = 3;

/** Servers still running; one 'exit' hook for all, so many servers do not pile up listeners. */
const atExit = new Set<() => void>();
let exitHooked = false;

/**
 * A test run that ends without stop() must not leave a server behind. Only 'exit': a process
 * killed by a signal it does not handle runs no hooks at all, and adding signal handlers here
 * would change how Ctrl-C behaves for the whole process.
 */
function stopAtExit(stop: () => void): void {
  atExit.add(stop);
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const each of atExit) each();
  });
}

/** The settings a throwaway server wants: nothing survives a crash anyway, so skip the disk syncs. */
const SERVER_SETTINGS = {
  listen_addresses: HOST,
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  // The site opens one pool per function (up to ~25 pools of 10) and test files run side by side.
  max_connections: '500',
};

function serverOptions(port: number, socketDir: string): string {
  const settings = Object.entries(SERVER_SETTINGS).map(([key, value]) => `-c ${key}=${value}`);
  return [`-p ${port}`, `-k ${socketDir}`, ...settings].join(' ');
}

/** The server's log, or '' when there is none. Read only when start fails, before any statement ran. */
function readLog(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8').trim();
  } catch {
    return '';
  }
}

function lostPortRace(logFile: string): boolean {
  return /could not bind|address already in use/i.test(readLog(logFile));
}

function databaseUrl(port: number, database: string): string {
  return `postgres://postgres@${HOST}:${port}/${database}`;
}

/**
 * Starts a fresh PostgreSQL server (about a second; see dev/postgres/README.md) and returns its URL.
 *
 * @example
 * const server = await startThrowawayPostgres();
 * const url = await server.createDatabase();
 * const pool = new pg.Pool({ connectionString: url });
 * // ... use the pool ...
 * await pool.end();
 * await server.stop();
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binDir = findPostgresBinDir();
  const pgCtl = path.join(binDir, 'pg_ctl');
  const owner = isRoot() ? postgresUser() : undefined;
  const folder = mkdtempSync(path.join(tmpdir(), 'throwaway-pg-'));
  // initdb and the server run as `postgres` when we are root: the folder must be theirs.
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const dataDir = path.join(folder, 'data');
  const logFile = path.join(folder, 'server.log');
  const stopArgs = ['-D', dataDir, 'stop', '-m', 'immediate'];
  const leftBehind = () => {
    runServerProgramSync(pgCtl, stopArgs, folder);
    rmSync(folder, { recursive: true, force: true });
  };
  stopAtExit(leftBehind);
  const stopServer = async () => {
    atExit.delete(leftBehind);
    // Fails only when the server is not running (it never started, or died): nothing to stop then.
    await runServerProgram(pgCtl, stopArgs, folder).catch(() => {});
    await rm(folder, { recursive: true, force: true });
  };
  try {
    await runServerProgram(
      path.join(binDir, 'initdb'),
      // C locale and UTF-8, as PGlite has; --no-sync because the folder is thrown away anyway.
      ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync', '--no-instructions'],
      folder,
    );
    const port = await startOnFreePort(pgCtl, dataDir, folder, logFile);
    const pause = () => runServerProgram(pgCtl, ['-D', dataDir, 'stop', '-m', 'fast'], folder).then(() => {});
    const resume = () =>
      runServerProgram(
        pgCtl,
        ['-D', dataDir, '-l', logFile, '-o', serverOptions(port, folder), '-w', 'start'],
        folder,
      ).then(() => {});
    return handle(port, stopServer, pause, resume);
  } catch (error) {
    await stopServer();
    throw error;
  }
}

/** Starts the server; tries another port when a different process took the chosen one first. */
async function startOnFreePort(pgCtl: string, dataDir: string, folder: string, logFile: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // -l: with its log in a file, pg_ctl returns once the server is up instead of holding our pipes.
    const args = ['-D', dataDir, '-l', logFile, '-o', serverOptions(port, folder), '-w', 'start'];
    try {
      await runServerProgram(pgCtl, args, folder);
      return port;
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !lostPortRace(logFile)) {
        const log = readLog(logFile);
        throw new Error(`PostgreSQL did not start: ${log || (error as Error).message}`, { cause: error });
      }
    }
  }
}

function handle(
  port: number,
  stopServer: () => Promise<void>,
  pause: () => Promise<void>,
  resume: () => Promise<void>,
): ThrowawayPostgres {
  let stopped = false;
  return {
    url: databaseUrl(port, 'postgres'),
    pause,
    resume,
    async createDatabase(name = `test_${randomBytes(6).toString('hex')}`) {
      // The name goes into the SQL text (CREATE DATABASE takes no parameters): plain names only.
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
      await withClient(databaseUrl(port, 'postgres'), (client) => client.query(`CREATE DATABASE "${name}"`));
      return databaseUrl(port, name);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer();
    },
  };
}

/** The uid and gid of the `postgres` user that Debian's package creates. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) {
    throw new Error('Running as root needs a `postgres` user for the server (Debian: apt-get install -y postgresql).');
  }
  return { uid: Number(uid), gid: Number(gid) };
}
