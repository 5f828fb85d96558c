import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNetlifyRuntime } from '../../scripts/host/runtime';
import { CHUNK_MAX, RESUMABLE_FILE_MAX } from '../../src/features/documents/model/limits';
import {
  createUploadHandler,
  removeStaleUploads,
  type UploadHandlerOptions,
} from '../../src/features/documents/tus/index';
import { documentsStore } from '../../src/platform/blobs/store';

let runtime: { stop(): Promise<void> };
beforeAll(async () => {
  runtime = await startNetlifyRuntime();
});
afterAll(async () => {
  await runtime.stop();
});

const ENDPOINT = 'http://localhost/api/uploads';
const SARAH = 'dossier-sarah';
const LUC = 'dossier-luc';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the test's onUploadFinish was handed, one entry per finished upload. */
const finished: { owner: string; id: string; sha: string; length: number; metadata: Record<string, string> }[] = [];

const options: UploadHandlerOptions = {
  async onUploadFinish(owner, upload) {
    finished.push({
      owner,
      id: upload.id,
      sha: sha256(upload.bytes),
      length: upload.bytes.byteLength,
      metadata: upload.metadata,
    });
    return {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ document: `doc-${upload.id.slice(0, 8)}`, size: upload.bytes.byteLength }),
    };
  },
};
const handle = createUploadHandler(options);

/** A raw tus request, as the browser's tus client sends it. */
function tus(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: Uint8Array | ReadableStream<Uint8Array>,
): Request {
  const init: RequestInit & { duplex?: 'half' } = {
    method,
    headers: { 'Tus-Resumable': '1.0.0', ...headers },
  };
  if (body) {
    init.body = body instanceof Uint8Array ? body.slice() : body;
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** POST: a new upload of `size` bytes; returns its absolute URL. */
async function create(owner: string, size: number, name = 'Aanslagbiljet Sarah.pdf', via = handle) {
  const response = await via(
    tus(ENDPOINT, 'POST', {
      'Upload-Length': String(size),
      'Upload-Metadata': `filename ${b64(name)},kind ${b64('tax-assessment')}`,
    }),
    owner,
  );
  expect(response.status).toBe(201);
  const location = response.headers.get('Location');
  expect(location).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);
  return new URL(location!, ENDPOINT).href;
}

/** PATCH one part at `offset`, with Content-Length as a browser sends it. */
const patch = (url: string, owner: string, offset: number, part: Uint8Array, via = handle) =>
  via(
    tus(
      url,
      'PATCH',
      {
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        'Content-Length': String(part.byteLength),
      },
      part,
    ),
    owner,
  );

const head = (url: string, owner: string, via = handle) => via(tus(url, 'HEAD'), owner);

/** Every blob key of an upload in the store. */
const blobsOf = async (url: string) => {
  const id = new URL(url).pathname.split('/').pop()!;
  const { blobs } = await documentsStore().list({ prefix: `uploads/${id}/` });
  return blobs.map(({ key }) => key.slice(`uploads/${id}/`.length)).sort();
};

/** Sends `file` from `from` on in parts of CHUNK_MAX; returns the last response. */
async function sendRest(url: string, owner: string, file: Uint8Array, from = 0, via = handle, times: number[] = []) {
  let offset = from;
  let last: Response | undefined;
  while (offset < file.byteLength) {
    const part = file.subarray(offset, offset + CHUNK_MAX);
    const started = performance.now();
    last = await patch(url, owner, offset, part, via);
    times.push(performance.now() - started);
    if (offset + part.byteLength < file.byteLength) {
      expect(last.status).toBe(204);
      expect(last.headers.get('Upload-Offset')).toBe(String(offset + part.byteLength));
    }
    offset += part.byteLength;
  }
  return last!;
}

describe('a 3.5 MB file in 1 MiB parts', () => {
  test('arrives whole: onUploadFinish gets exactly the bytes and the last PATCH answers its result', async () => {
    const file = new Uint8Array(randomBytes(3_500_000));
    const started = performance.now();
    const url = await create(SARAH, file.byteLength);
    const created = performance.now() - started;
    const times: number[] = [];
    const last = await sendRest(url, SARAH, file, 0, handle, times);
    const elapsed = performance.now() - started;
    const each = times.map((ms) => ms.toFixed(0)).join(' / ');
    console.info(`3.5 MB through the handler: ${elapsed.toFixed(0)} ms (POST ${created.toFixed(0)}, PATCH ${each} ms)`);

    expect(last.status).toBe(201);
    expect(last.headers.get('Content-Type')).toBe('application/json');
    const body = (await last.json()) as { document: string; size: number };
    expect(body.size).toBe(3_500_000);

    const got = finished.find(({ id }) => url.endsWith(id))!;
    expect(got.owner).toBe(SARAH);
    expect(got.length).toBe(file.byteLength);
    expect(got.sha).toBe(sha256(file));
    expect(got.metadata).toEqual({ filename: 'Aanslagbiljet Sarah.pdf', kind: 'tax-assessment' });
    // The parts are gone once handed on; the info keeps the answer.
    expect(await blobsOf(url)).toEqual(['info']);

    // GET repeats the answer, for a client whose last response was lost.
    const again = await handle(new Request(url), SARAH);
    expect(again.status).toBe(201);
    expect(again.headers.get('Content-Type')).toBe('application/json');
    expect(await again.json()).toEqual(body);
    // An empty PATCH at the end (a client retrying the last step) gets the same answer, no second file.
    const count = finished.length;
    const retry = await patch(url, SARAH, file.byteLength, new Uint8Array(0));
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(body);
    expect(finished.length).toBe(count);
  });

  test('a part whose connection drops half way keeps nothing of it; HEAD tells where to resume', async () => {
    const file = new Uint8Array(randomBytes(2_500_000));
    const url = await create(SARAH, file.byteLength);
    expect((await patch(url, SARAH, 0, file.subarray(0, CHUNK_MAX))).status).toBe(204);

    // The second part: half of it arrives, then the connection breaks.
    const half = file.subarray(CHUNK_MAX, CHUNK_MAX + CHUNK_MAX / 2);
    let sent = false;
    const dropping = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(half.slice());
        } else controller.error(new Error('connection reset'));
      },
    });
    const dropped = await handle(
      tus(
        url,
        'PATCH',
        {
          'Upload-Offset': String(CHUNK_MAX),
          'Content-Type': 'application/offset+octet-stream',
          'Content-Length': String(CHUNK_MAX),
        },
        dropping,
      ),
      SARAH,
    );
    expect(dropped.status).toBeGreaterThanOrEqual(400);

    // A reload: a fresh handler (another function instance) asks where the upload is.
    const fresh = createUploadHandler(options);
    const where = await head(url, SARAH, fresh);
    expect(where.status).toBe(200);
    expect(where.headers.get('Upload-Offset')).toBe(String(CHUNK_MAX));
    expect(where.headers.get('Upload-Length')).toBe(String(file.byteLength));
    expect(where.headers.get('Cache-Control')).toBe('no-store');
    expect(await blobsOf(url)).toEqual(['info', 'part-000000000000']);

    const last = await sendRest(url, SARAH, file, CHUNK_MAX, fresh);
    expect(last.status).toBe(201);
    expect(finished.find(({ id }) => url.endsWith(id))!.sha).toBe(sha256(file));
  });

  test('the same part sent twice is stored once: the repeat at the old offset gets 409', async () => {
    const file = new Uint8Array(randomBytes(1_500_000));
    const url = await create(SARAH, file.byteLength);
    const first = file.subarray(0, CHUNK_MAX);
    expect((await patch(url, SARAH, 0, first)).status).toBe(204);
    const repeat = await patch(url, SARAH, 0, first);
    expect(repeat.status).toBe(409);
    expect((await head(url, SARAH)).headers.get('Upload-Offset')).toBe(String(CHUNK_MAX));
    expect(await blobsOf(url)).toEqual(['info', 'part-000000000000']);

    const last = await sendRest(url, SARAH, file, CHUNK_MAX);
    expect(last.status).toBe(201);
    const got = finished.find(({ id }) => url.endsWith(id))!;
    expect(got.length).toBe(file.byteLength);
    expect(got.sha).toBe(sha256(file));
  });
  test('a slow part overtaken by its re-sent copy on another instance is refused with 409, stored once', async () => {
    const file = new Uint8Array(randomBytes(1_500_000));
    const url = await create(SARAH, file.byteLength);
    const first = file.subarray(0, CHUNK_MAX);

    // Instance A: the part starts arriving, then stalls (a slow phone network)...
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    let step = 0;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        step += 1;
        if (step === 1) {
          reading();
          await stalled;
          controller.enqueue(first.slice());
        } else controller.close();
      },
    });
    const slowAnswer = handle(
      tus(
        url,
        'PATCH',
        {
          'Upload-Offset': '0',
          'Content-Type': 'application/offset+octet-stream',
          'Content-Length': String(CHUNK_MAX),
        },
        slow,
      ),
      SARAH,
    );
    await started;
    // ...the client gives up on it and re-sends the same part; another instance takes it.
    const other = createUploadHandler(options);
    expect((await patch(url, SARAH, 0, first, other)).status).toBe(204);
    release();
    expect((await slowAnswer).status).toBe(409);

    expect((await head(url, SARAH)).headers.get('Upload-Offset')).toBe(String(CHUNK_MAX));
    expect(await blobsOf(url)).toEqual(['info', 'part-000000000000']);
    expect((await sendRest(url, SARAH, file, CHUNK_MAX, other)).status).toBe(201);
    expect(finished.find(({ id }) => url.endsWith(id))!.sha).toBe(sha256(file));
  });
});

describe('limits', () => {
  test('an Upload-Length over 20 MB is refused with 413 and nothing is stored', async () => {
    const before = (await documentsStore().list({ prefix: 'uploads/' })).blobs.length;
    const response = await handle(tus(ENDPOINT, 'POST', { 'Upload-Length': String(RESUMABLE_FILE_MAX + 1) }), SARAH);
    expect(response.status).toBe(413);
    expect((await documentsStore().list({ prefix: 'uploads/' })).blobs.length).toBe(before);
  });

  test('a part over 1 MiB is refused with 413, by its Content-Length or, without one, while reading', async () => {
    const url = await create(SARAH, 3_000_000);
    const big = new Uint8Array(randomBytes(CHUNK_MAX + 1));
    expect((await patch(url, SARAH, 0, big)).status).toBe(413);

    const streamed = await handle(
      tus(url, 'PATCH', { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, big),
      SARAH,
    );
    expect(streamed.status).toBe(413);
    expect((await head(url, SARAH)).headers.get('Upload-Offset')).toBe('0');
    expect(await blobsOf(url)).toEqual(['info']);
  });

  test('a deferred length is refused: the size must be known when the upload starts', async () => {
    const response = await handle(tus(ENDPOINT, 'POST', { 'Upload-Defer-Length': '1' }), SARAH);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const none = await handle(tus(ENDPOINT, 'POST'), SARAH);
    expect(none.status).toBe(400);
  });

  test('without Tus-Resumable the request is refused with 412', async () => {
    const response = await handle(new Request(ENDPOINT, { method: 'POST', headers: { 'Upload-Length': '10' } }), SARAH);
    expect(response.status).toBe(412);
  });

  test("beforeCreate's Response is the answer, as it is, and no upload is made", async () => {
    const refusing = createUploadHandler({
      ...options,
      async beforeCreate(owner, upload) {
        expect(owner).toBe(LUC);
        expect(upload).toEqual({ size: 5000, metadata: { filename: 'brief.pdf', kind: 'tax-assessment' } });
        return Response.json({ error: 'dossier-full' }, { status: 409, headers: { 'X-Reason': 'full' } });
      },
    });
    const before = (await documentsStore().list({ prefix: 'uploads/' })).blobs.length;
    const response = await refusing(
      tus(ENDPOINT, 'POST', {
        'Upload-Length': '5000',
        'Upload-Metadata': `filename ${b64('brief.pdf')},kind ${b64('tax-assessment')}`,
      }),
      LUC,
    );
    expect(response.status).toBe(409);
    expect(response.headers.get('X-Reason')).toBe('full');
    expect(await response.json()).toEqual({ error: 'dossier-full' });
    expect((await documentsStore().list({ prefix: 'uploads/' })).blobs.length).toBe(before);
  });
});

describe('whose upload it is', () => {
  test("someone else's upload is 404 on HEAD, PATCH, DELETE and GET, the same answer as an unknown one", async () => {
    const url = await create(SARAH, 2000);
    expect((await patch(url, SARAH, 0, new Uint8Array(randomBytes(1000)))).status).toBe(204);
    const unknown = await head(`${ENDPOINT}/${randomUUID()}`, LUC);
    const unknownBody = await (await handle(tus(`${ENDPOINT}/${randomUUID()}`, 'DELETE'), LUC)).text();

    const answers = [
      await head(url, LUC),
      await patch(url, LUC, 1000, new Uint8Array(1000)),
      await handle(tus(url, 'DELETE'), LUC),
      await handle(new Request(url), LUC),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get('Upload-Offset')).toBeNull();
      expect(await answer.text()).toBe(unknownBody);
    }
    expect(unknown.status).toBe(404);
    // Sarah's upload is untouched.
    expect((await head(url, SARAH)).headers.get('Upload-Offset')).toBe('1000');
    expect(await blobsOf(url)).toEqual(['info', 'part-000000000000']);
  });

  test('the owner is never sent back, and metadata named "owner" does not make it anyone\'s', async () => {
    const response = await handle(
      tus(ENDPOINT, 'POST', { 'Upload-Length': '10', 'Upload-Metadata': `owner ${b64(LUC)},filename ${b64('a.pdf')}` }),
      SARAH,
    );
    const url = new URL(response.headers.get('Location')!, ENDPOINT).href;
    expect((await head(url, LUC)).status).toBe(404);
    const own = await head(url, SARAH);
    expect(own.status).toBe(200);
    const echoed = [...own.headers.values()].join('\n');
    expect(echoed).not.toContain(SARAH);
    expect(echoed).not.toContain(b64(SARAH));
  });

  test('an id that is not one of ours, or a path beside the endpoint, is 404', async () => {
    expect((await head(`${ENDPOINT}/..%2Finfo`, SARAH)).status).toBe(404);
    expect((await head(`${ENDPOINT}/not-a-uuid`, SARAH)).status).toBe(404);
    expect((await handle(tus('http://localhost/api/uploads-x', 'POST', { 'Upload-Length': '1' }), SARAH)).status).toBe(
      404,
    );
  });
});

describe('the rest of the protocol', () => {
  test('OPTIONS answers the capabilities, with no CORS origin', async () => {
    const response = await handle(new Request(ENDPOINT, { method: 'OPTIONS' }), SARAH);
    expect(response.status).toBe(204);
    expect(response.headers.get('Tus-Version')).toBe('1.0.0');
    expect(response.headers.get('Tus-Extension')).toBe('creation,creation-with-upload,termination');
    expect(response.headers.get('Tus-Max-Size')).toBe(String(RESUMABLE_FILE_MAX));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  test('creation-with-upload: a small file sent in the POST itself is finished at once', async () => {
    const file = new Uint8Array(randomBytes(50_000));
    const response = await handle(
      tus(
        ENDPOINT,
        'POST',
        {
          'Upload-Length': String(file.byteLength),
          'Content-Type': 'application/offset+octet-stream',
          'Content-Length': String(file.byteLength),
        },
        file,
      ),
      SARAH,
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as { size: number }).size).toBe(50_000);
    expect(finished.at(-1)!.sha).toBe(sha256(file));
  });

  test('when onUploadFinish fails, the client learns it (500, no details) and an empty PATCH at the end retries it', async () => {
    let failures = 1;
    const flaky = createUploadHandler({
      async onUploadFinish(owner, upload) {
        if (failures-- > 0) throw new Error(`database down while saving for ${owner}`);
        return options.onUploadFinish(owner, upload);
      },
    });
    const file = new Uint8Array(randomBytes(1_200_000));
    const url = await create(SARAH, file.byteLength, 'x.pdf', flaky);
    const failed = await sendRest(url, SARAH, file, 0, flaky);
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain(SARAH);
    // The parts are kept; GET says the file is all there but not handled yet.
    const outcome = await flaky(new Request(url), SARAH);
    expect(outcome.status).toBe(409);
    expect(await outcome.json()).toEqual({
      error: 'upload-unfinished',
      offset: file.byteLength,
      size: file.byteLength,
    });

    const retried = await patch(url, SARAH, file.byteLength, new Uint8Array(0), flaky);
    expect(retried.status).toBe(201);
    expect(finished.find(({ id }) => url.endsWith(id))!.sha).toBe(sha256(file));
    expect(await blobsOf(url)).toEqual(['info']);
  });

  test('DELETE removes every blob of the upload', async () => {
    const file = new Uint8Array(randomBytes(2_200_000));
    const url = await create(SARAH, file.byteLength);
    await patch(url, SARAH, 0, file.subarray(0, CHUNK_MAX));
    await patch(url, SARAH, CHUNK_MAX, file.subarray(CHUNK_MAX, 2 * CHUNK_MAX));
    expect(await blobsOf(url)).toEqual(['info', 'part-000000000000', 'part-000001048576']);
    const response = await handle(tus(url, 'DELETE'), SARAH);
    expect(response.status).toBe(204);
    expect(await blobsOf(url)).toEqual([]);
    expect((await head(url, SARAH)).status).toBe(404);
  });

  test('GET of an unfinished upload is 409 with JSON saying how far it is', async () => {
    const url = await create(SARAH, 3000);
    await patch(url, SARAH, 0, new Uint8Array(randomBytes(1200)));
    const response = await handle(new Request(url), SARAH);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: 'upload-unfinished', offset: 1200, size: 3000 });
  });
});

describe('removeStaleUploads', () => {
  /** Moves an upload's dates into the past, as if it had been made `hours` ago. */
  async function age(url: string, fields: { createdAt?: number; finishedAt?: number }) {
    const key = `uploads/${new URL(url).pathname.split('/').pop()!}/info`;
    const info = (await documentsStore().get(key, { type: 'json' })) as Record<string, unknown>;
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
    if (fields.createdAt !== undefined) info['createdAt'] = hoursAgo(fields.createdAt);
    if (fields.finishedAt !== undefined) info['finishedAt'] = hoursAgo(fields.finishedAt);
    await documentsStore().setJSON(key, info);
  }

  test('removes unfinished and finished uploads older than a day and parts left alone, and only those', async () => {
    const store = documentsStore();
    // Start from an empty uploads/ folder so the count is exact.
    for (const { key } of (await store.list({ prefix: 'uploads/' })).blobs) await store.delete(key);

    const oldUnfinished = await create(SARAH, 3000);
    await patch(oldUnfinished, SARAH, 0, new Uint8Array(randomBytes(1000)));
    await age(oldUnfinished, { createdAt: 30 });
    const oldFinished = await create(SARAH, 10);
    expect((await patch(oldFinished, SARAH, 0, new Uint8Array(randomBytes(10)))).status).toBe(201);
    await age(oldFinished, { createdAt: 31, finishedAt: 30 });
    const lateFinished = await create(LUC, 10);
    expect((await patch(lateFinished, LUC, 0, new Uint8Array(randomBytes(10)))).status).toBe(201);
    await age(lateFinished, { createdAt: 30, finishedAt: 1 });
    const freshUnfinished = await create(LUC, 3000);
    await patch(freshUnfinished, LUC, 0, new Uint8Array(randomBytes(1000)));
    const orphan = `${ENDPOINT}/${randomUUID()}`;
    await store.set(`uploads/${new URL(orphan).pathname.split('/').pop()!}/part-000000000000`, 'left by a crash');

    expect(await removeStaleUploads()).toBe(3);
    expect(await blobsOf(oldUnfinished)).toEqual([]);
    expect(await blobsOf(oldFinished)).toEqual([]);
    expect(await blobsOf(orphan)).toEqual([]);
    expect(await blobsOf(lateFinished)).toEqual(['info']);
    expect(await blobsOf(freshUnfinished)).toEqual(['info', 'part-000000000000']);
    expect((await handle(new Request(lateFinished), LUC)).status).toBe(201);
    expect(await removeStaleUploads()).toBe(0);
  });
});
