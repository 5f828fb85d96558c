// Starts scripts/bench/host-process.ts as a child process and waits for its HostReady line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { HostReady } from './host-process';

export interface HostChild extends HostReady {
  /** Asks the host to stop and waits for it; kills it when it does not stop within 15 s. */
  stop(): Promise<void>;
}

export interface HostChildOptions {
  /** A PostgreSQL server's database for the functions; left out: the embedded one, in memory. */
  databaseUrl?: string;
  /** Write a V8 CPU profile of the host (node --cpu-prof) into this folder when it stops. */
  cpuProfileDirectory?: string;
}

const SCRIPT = fileURLToPath(new URL('./host-process.ts', import.meta.url));
const STARTUP_MS = 120_000;
const STOP_MS = 15_000;

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/**
 * Starts the host in its own Node process (the same Node, with tsx's loader) and resolves once it
 * answers requests. Its other output goes to stderr, so stdout stays this process's table.
 */
export async function startHostChild({ databaseUrl, cpuProfileDirectory }: HostChildOptions = {}): Promise<HostChild> {
  const profile = cpuProfileDirectory ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDirectory] : [];
  if (cpuProfileDirectory) mkdirSync(cpuProfileDirectory, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['BENCH_HOST_DATABASE_URL'];
  if (databaseUrl) env['BENCH_HOST_DATABASE_URL'] = databaseUrl;
  // tsx resolved from here, not from the working directory: the loader this script runs with.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), ...profile, SCRIPT], {
    env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Whatever happens to this process, the child must not outlive it.
  const killAtExit = () => child.kill('SIGKILL');
  process.once('exit', killAtExit);
  const gone = exited(child);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
      await gone;
      clearTimeout(timer);
    }
    process.removeListener('exit', killAtExit);
  };

  try {
    const ready = await new Promise<HostReady>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the host process did not start in time')), STARTUP_MS);
      const lines = createInterface({ input: child.stdout });
      let started = false;
      lines.on('line', (line) => {
        if (!started && line.startsWith('{')) {
          started = true;
          clearTimeout(timer);
          resolve(JSON.parse(line) as HostReady);
        } else {
          process.stderr.write(`host: ${line}\n`);
        }
      });
      void gone.then(() => {
        clearTimeout(timer);
        reject(new Error(`the host process ended (${child.exitCode ?? child.signalCode}) before it was ready`));
      });
    });
    return { ...ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
