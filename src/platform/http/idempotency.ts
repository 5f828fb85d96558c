import { createHash } from 'node:crypto';
import { db } from '../db/db';
import { bodyResponse } from './respond';

/** A claimed key whose answer is not stored yet; no real HTTP status is 0. */
const PENDING = 0;
const WAIT_STEP_MS = 50;
const WAIT_MAX_MS = 10_000;
const KEY_PATTERN = /^[A-Za-z0-9-]{8,100}$/;

interface Stored {
  status: number;
  location: string | null;
  body: string | null;
  request_digest: string | null;
}

/**
 * A digest of what a form asked for, without its CSRF token (which a new login changes): a key
 * replays its answer only for the same request, so an old form cannot bring back an old answer.
 * @example requestDigest({ version: '24', csrf: 'x' }) === requestDigest({ csrf: 'y', version: '24' })
 */
export function requestDigest(values: Record<string, string>): string {
  const fields = Object.entries(values)
    .filter(([name]) => name !== 'csrf')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * The idempotency key a form or script sent: the hidden field `idempotencyKey`, else the
 * `Idempotency-Key` header; null when there is none or it is not a plausible key.
 */
export function idempotencyKeyOf(values: Record<string, string>, req: Request): string | null {
  const key = values['idempotencyKey'] ?? req.headers.get('idempotency-key') ?? '';
  return KEY_PATTERN.test(key) ? key : null;
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** The stored answer again: redirects have no body; a body is JSON for scripts, else a page. */
function replay({ status, location, body }: Stored): Response {
  const headers: Record<string, string> = {};
  if (location) headers['Location'] = location;
  if (body) headers['Content-Type'] = `${isJson(body) ? 'application/json' : 'text/html'}; charset=utf-8`;
  return bodyResponse(body, { status, headers });
}

async function claim(candidateId: string, key: string, digest: string): Promise<boolean> {
  const result = await db().query(
    `INSERT INTO idempotency_keys (key, candidate_id, status, request_digest) VALUES ($1, $2, $3, $4)
      ON CONFLICT (key) DO NOTHING`,
    [key, candidateId, PENDING, digest],
  );
  return result.rowCount === 1;
}

async function stored(candidateId: string, key: string): Promise<Stored | null | 'pending'> {
  const { rows } = await db().query<Stored>(
    'SELECT status, location, body, request_digest FROM idempotency_keys WHERE key = $1 AND candidate_id = $2',
    [key, candidateId],
  );
  const row = rows[0];
  if (!row) return null;
  return row.status === PENDING ? 'pending' : row;
}

/** Waits for the request that claimed the key to store its answer. */
async function awaitAnswer(candidateId: string, key: string): Promise<Stored | null> {
  for (let waited = 0; waited < WAIT_MAX_MS; waited += WAIT_STEP_MS) {
    const found = await stored(candidateId, key);
    if (found !== 'pending') return found;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  return null;
}

async function keep(candidateId: string, key: string, response: Response): Promise<Response> {
  if (response.status >= 400) {
    // Refusals are not kept: the next try is judged afresh (a stale form stays stale anyway).
    await db().query('DELETE FROM idempotency_keys WHERE key = $1 AND candidate_id = $2', [key, candidateId]);
    return response;
  }
  const body = response.status >= 300 && response.status < 400 ? null : await response.clone().text();
  await db().query(
    'UPDATE idempotency_keys SET status = $3, location = $4, body = $5 WHERE key = $1 AND candidate_id = $2',
    [key, candidateId, response.status, response.headers.get('location'), body || null],
  );
  return response;
}

/** What `once` compares and answers when a key comes back with another request. */
export interface KeyedRequest {
  /** requestDigest of the form's fields. */
  digest: string;
  /** The answer (422) for a key sent again with a different request. */
  reused: () => Response;
}

/**
 * Runs `fn` once per key and candidate; a retried or doubled request with the same key gets the
 * first answer (status, Location, JSON body) instead of running again, but only when it asks
 * for the same thing (same digest); a key sent with another request gets `reused()`. The key is
 * claimed with a unique insert before `fn` runs, so two requests at the same moment cannot both
 * run it; the second waits for the first answer. Keys of other candidates are never replayed.
 * @example return once(session.candidateId, key, { digest, reused }, () => confirm());
 */
export async function once(
  candidateId: string,
  key: string,
  request: KeyedRequest,
  fn: () => Promise<Response>,
): Promise<Response> {
  if (await claim(candidateId, key, request.digest)) {
    try {
      return await keep(candidateId, key, await fn());
    } catch (error) {
      await db().query('DELETE FROM idempotency_keys WHERE key = $1 AND candidate_id = $2', [key, candidateId]);
      throw error;
    }
  }
  const answer = await awaitAnswer(candidateId, key);
  // Rows kept before digests were stored have none: they replay as before.
  if (answer && answer.request_digest !== null && answer.request_digest !== request.digest) return request.reused();
  if (answer) return replay(answer);
  // The first request failed, timed out, or the key belongs to someone else: judge this one on
  // its own; the services still refuse stale versions and confirm at most once.
  return fn();
}
