import { connect, type NetConnectOpts } from 'node:net';

/** What clamd said of a file: `error` when it could not say (down, too slow, file too large). */
export type ScanResult = 'clean' | 'infected' | 'error';

type Env = Record<string, string | undefined>;

const DEFAULT_PORT = 3310;
const DEFAULT_TIMEOUT_MS = 30_000;
/** clamd takes a stream in chunks, each after its length; 64 KiB stays well under StreamMaxLength. */
const CHUNK_BYTES = 64 * 1024;

/** Where clamd listens: its unix socket when set, else host and port; null when there is no scanner. */
function clamdAddress(env: Env): NetConnectOpts | null {
  const socket = env['CLAMD_SOCKET']?.trim();
  if (socket) return { path: socket };
  const host = env['CLAMD_HOST']?.trim();
  if (!host) return null;
  const port = Number(env['CLAMD_PORT']?.trim() || DEFAULT_PORT);
  return { host, port };
}

function timeoutMs(env: Env): number {
  const value = Number(env['CLAMD_TIMEOUT_MS']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

/**
 * Whether sent files go through a virus scanner first: CLAMD_SOCKET (a unix socket) or
 * CLAMD_HOST (with CLAMD_PORT, default 3310) is set.
 */
export function scannerConfigured(env: Env = process.env): boolean {
  return clamdAddress(env) !== null;
}

/** The zINSTREAM request for these bytes: the command, length-prefixed chunks, a zero length. */
function instream(bytes: Uint8Array): Buffer[] {
  const parts: Buffer[] = [Buffer.from('zINSTREAM\0', 'latin1')];
  for (let at = 0; at < bytes.byteLength; at += CHUNK_BYTES) {
    const chunk = bytes.subarray(at, Math.min(at + CHUNK_BYTES, bytes.byteLength));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.byteLength);
    parts.push(length, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  parts.push(Buffer.alloc(4));
  return parts;
}

/** clamd's answer, such as `stream: OK` or `stream: Eicar-Test-Signature.UNOFFICIAL FOUND`. */
function verdict(reply: string): ScanResult {
  const answer = reply.replace(/\0[\s\S]*$/, '').trim();
  if (answer.endsWith(' FOUND')) return 'infected';
  if (answer.endsWith(': OK') || answer === 'OK') return 'clean';
  return 'error';
}

/**
 * Asks clamd whether the bytes hold a virus (zINSTREAM over its socket). Never throws and never
 * logs: a scanner that is down, refuses the connection, answers something else (`INSTREAM size
 * limit exceeded`, an ERROR) or takes longer than CLAMD_TIMEOUT_MS (default 30 s) gives 'error',
 * so the file is not kept.
 */
export async function scanBytes(bytes: Uint8Array, env: Env = process.env): Promise<ScanResult> {
  const address = clamdAddress(env);
  if (!address) return 'error';
  return new Promise<ScanResult>((resolve) => {
    const received: Buffer[] = [];
    const reply = () => Buffer.concat(received).toString('latin1');
    const socket = connect(address);
    const finish = (result: ScanResult) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish('error'), timeoutMs(env));
    socket.on('connect', () => {
      for (const part of instream(bytes)) socket.write(part);
    });
    socket.on('data', (data: Buffer) => {
      received.push(data);
      if (data.includes(0)) finish(verdict(reply()));
    });
    // clamd may close early (a file over StreamMaxLength); whatever it said by then counts.
    socket.on('error', () => finish(reply().includes('\0') ? verdict(reply()) : 'error'));
    socket.on('close', () => finish(verdict(reply())));
  });
}
