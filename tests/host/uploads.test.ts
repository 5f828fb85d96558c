import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { CHUNK_MAX, RESUMABLE_FILE_MAX } from '../../src/features/documents/model/limits';
import { documentsStore } from '../../src/platform/blobs/store';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';
import { tusClient } from '../support/tus-client';

const request = usePlatform();
let sarah: Citizen;
let luc: Citizen;
let marieClaire: Citizen;

beforeAll(async () => {
  [sarah, luc, marieClaire] = await Promise.all([
    logInAs(request, CITIZEN.sarah.nationalNumber),
    logInAs(request, CITIZEN.luc.nationalNumber, 'en'),
    logInAs(request, CITIZEN.marieClaire.nationalNumber, 'fr'),
  ]);
});

/** A phone photo that does not compress: 3000×2250 of noise, a few MB as JPEG. */
const photo = () =>
  sharp(randomBytes(3000 * 2250 * 3), { raw: { width: 3000, height: 2250, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

const listOf = async (person: Citizen) =>
  (await (await person.get('/api/documents', { Accept: 'application/json' })).json()) as {
    documents: { id: string; name: string; kind: string; size: number; status: string }[];
  };

const uploadBlobs = async () => (await documentsStore().list({ prefix: 'uploads/' })).blobs.length;

describe('a resumable upload (tus 1.0) of a phone photo', () => {
  let bytes: Uint8Array;
  let path: string;

  beforeAll(async () => {
    bytes = await photo();
  });

  test('the photo is more than three parts of 1 MB, and creation answers 201 with an address of its own', async () => {
    expect(bytes.byteLength).toBeGreaterThan(3 * CHUNK_MAX);
    const created = await tusClient(request, sarah).create({ bytes, name: 'IMG_0001.JPG', kind: 'income-proof' });
    expect(created.response.status).toBe(201);
    expect(created.path).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);
    path = created.path!;
  });

  test('after a dropped connection the server says where to go on, and a part sent twice is stored once', async () => {
    const tus = tusClient(request, sarah);
    expect((await tus.patch(path, 0, bytes.subarray(0, CHUNK_MAX))).status).toBe(204);
    // The answer was lost: the phone sends the same part again; the server already has it.
    const again = await tus.patch(path, 0, bytes.subarray(0, CHUNK_MAX));
    expect(again.status).toBe(409);
    expect(await tus.offset(path)).toBe(CHUNK_MAX);
  });

  test('someone else cannot see, continue or end this upload: 404', async () => {
    const other = tusClient(request, luc);
    expect(await other.offset(path)).toBeNull();
    expect((await other.patch(path, CHUNK_MAX, bytes.subarray(CHUNK_MAX, 2 * CHUNK_MAX))).status).toBe(404);
    expect((await other.remove(path)).status).toBe(404);
    // The same person logged in elsewhere (another session) does not see it either.
    const elsewhere = tusClient(request, await logInAs(request, CITIZEN.sarah.nationalNumber));
    expect(await elsewhere.offset(path)).toBeNull();
    expect(await tusClient(request, sarah).offset(path)).toBe(CHUNK_MAX);
  });

  test('the rest goes on from the offset (a reload of the page); the last part answers with the stored document', async () => {
    const tus = tusClient(request, sarah);
    const from = (await tus.offset(path))!;
    const last = await tus.sendFrom(path, bytes, from);
    expect(last.status).toBe(201);
    const document = (await last.json()) as { id: string; kind: string; contentType: string; status: string };
    expect(document).toMatchObject({ kind: 'income-proof', contentType: 'image/jpeg', status: 'received' });
    const { documents } = await listOf(sarah);
    expect(documents.map((d) => d.id)).toEqual([document.id]);
    const served = await sarah.get(`/api/documents/${document.id}/file`);
    const meta = await sharp(new Uint8Array(await served.arrayBuffer())).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(2000);
    // A lost last answer: the upload's address repeats it.
    const repeated = await sarah.get(path, { 'Tus-Resumable': '1.0.0' });
    expect(repeated.status).toBe(201);
    expect(((await repeated.json()) as { id: string }).id).toBe(document.id);
  });
});

describe('refused before a byte is sent', () => {
  test('larger than 20 MB: 413 with the message in the person language', async () => {
    const created = await tusClient(request, luc).create(
      { bytes: new Uint8Array(1), name: 'scan.pdf', lang: 'en' },
      RESUMABLE_FILE_MAX + 1,
    );
    expect(created.response.status).toBe(413);
  });

  test('no kind chosen: 400 with the reason', async () => {
    const created = await tusClient(request, luc).create({
      bytes: new Uint8Array(10),
      name: 'a.pdf',
      kind: '',
      lang: 'en',
    });
    expect(created.response.status).toBe(400);
    expect(await created.response.json()).toMatchObject({ reason: 'kindMissing' });
  });

  test('a confirmed dossier: 409, in French', async () => {
    const created = await tusClient(request, marieClaire).create({
      bytes: new Uint8Array(10),
      name: 'a.pdf',
      lang: 'fr',
    });
    expect(created.response.status).toBe(409);
    const body = (await created.response.json()) as { reason: string; errors: { message: string }[] };
    expect(body.reason).toBe('alreadyConfirmed');
    expect(body.errors[0]!.message).not.toBe('');
  });

  test('without the page token (another site): 403, nothing created', async () => {
    const before = await uploadBlobs();
    const response = await request('/api/uploads', {
      method: 'POST',
      headers: { Cookie: luc.cookie, 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' },
    });
    expect(response.status).toBe(403);
    expect(await uploadBlobs()).toBe(before);
  });

  test('without a session: 401 or 403 as JSON, never a 500', async () => {
    const response = await request('/api/uploads', {
      method: 'POST',
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('what arrives whole is checked as the plain form checks it', () => {
  test('a file whose bytes are no accepted kind is refused at the last part (415), and nothing is kept', async () => {
    const tus = tusClient(request, luc);
    const bytes = new TextEncoder().encode('MZ this is a program, not a document'.repeat(100));
    const created = await tus.create({ bytes, name: 'tax.pdf', lang: 'en' });
    const last = await tus.sendFrom(created.path!, bytes, 0);
    expect(last.status).toBe(415);
    expect(await last.json()).toMatchObject({ reason: 'kindNotAccepted' });
    expect((await listOf(luc)).documents).toEqual([]);
  });

  test('ending an upload half way (DELETE) removes its parts', async () => {
    const tus = tusClient(request, luc);
    const bytes = randomBytes(2 * CHUNK_MAX);
    const created = await tus.create({ bytes, name: 'long.pdf', lang: 'en' });
    await tus.patch(created.path!, 0, bytes.subarray(0, CHUNK_MAX));
    const id = created.path!.split('/').pop()!;
    expect((await documentsStore().list({ prefix: `uploads/${id}/` })).blobs.length).toBeGreaterThan(0);
    expect((await tus.remove(created.path!)).status).toBe(204);
    expect((await documentsStore().list({ prefix: `uploads/${id}/` })).blobs).toEqual([]);
    expect(await tus.offset(created.path!)).toBeNull();
  });
});
