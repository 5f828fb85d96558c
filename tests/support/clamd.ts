import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../dev/free-port';

/** The real virus scanner daemon (Debian's clamav-daemon; .ci/run installs it). */
const CLAMD = '/usr/sbin/clamd';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;

/** The EICAR test string: every virus scanner says it is a virus, and it harms nothing. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface RunningClamd {
  socket: string;
  host: string;
  port: number;
  /** Stops clamd and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Whether clamd answers PING with PONG on its unix socket. */
function pong(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const client = connect({ path: socket });
    let reply = '';
    client.setTimeout(1000, () => client.destroy());
    client.on('connect', () => client.write('zPING\0'));
    client.on('data', (data) => (reply += data.toString('latin1')));
    client.on('error', () => resolve(false));
    client.on('close', () => resolve(reply.startsWith('PONG')));
  });
}

/**
 * Starts the real clamd in a temporary folder with its own configuration and one signature
 * (EICAR, at any offset, so EICAR inside a PDF is found too): no freshclam, no internet, no
 * service. Resolves once PING answers PONG (a few seconds).
 */
export async function startClamd(): Promise<RunningClamd> {
  if (!existsSync(CLAMD)) {
    throw new Error(`clamd is not installed (${CLAMD}): apt-get install clamav-daemon (.ci/run does so)`);
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'clamd-'));
  const socket = path.join(folder, 'clamd.sock');
  const port = await freePort();
  writeFileSync(
    path.join(folder, 'test.ndb'),
    `Eicar-Test-Signature:0:*:${Buffer.from(EICAR, 'latin1').toString('hex')}\n`,
  );
  const config = path.join(folder, 'clamd.conf');
  writeFileSync(
    config,
    [
      'Foreground yes',
      `LocalSocket ${socket}`,
      `TCPSocket ${port}`,
      `TCPAddr ${HOST}`,
      `DatabaseDirectory ${folder}`,
      `TemporaryDirectory ${folder}`,
      'StreamMaxLength 25M',
      // As root clamd stays root without a User line; as another user it runs as that user.
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (data: Buffer) => (errors = (errors + data.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async () => {
    if (!stopped) {
      stopped = true;
      child.kill('SIGKILL');
      await exited;
    }
    await rm(folder, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!(await pong(socket))) {
    if (child.exitCode !== null || Date.now() - started > START_TIMEOUT_MS) {
      await stop();
      throw new Error(`clamd did not start: ${errors.trim() || 'no answer to PING'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { socket, host: HOST, port, stop };
}
