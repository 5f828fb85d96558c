import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { REFUSAL_STATUS } from '../../src/features/documents/http/refusal';
import { FORM_FILE_MAX } from '../../src/features/documents/model/limits';
import { documentsStore } from '../../src/platform/blobs/store';
import { badFiles, goodFiles } from '../support/bad-files';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';
import { tusClient } from '../support/tus-client';

const request = usePlatform();
let sarah: Citizen;
let luc: Citizen;
beforeAll(async () => {
  [sarah, luc] = await Promise.all([
    logInAs(request, CITIZEN.sarah.nationalNumber),
    logInAs(request, CITIZEN.luc.nationalNumber, 'en'),
  ]);
});

/** The plain form as a script would send it (Accept: JSON), so the answer names the reason. */
async function send(person: Citizen, lang: string, file: { bytes: Uint8Array; name: string }) {
  const page = await (await person.get(`/${lang}/dossier/documents/`)).text();
  const body = new FormData();
  for (const [key, value] of Object.entries({ ...formFields(page, '/api/documents'), kind: 'other' }))
    body.set(key, value);
  body.set('file', new File([file.bytes.slice()], file.name));
  return request('/api/documents', {
    method: 'POST',
    headers: { Cookie: person.cookie, Accept: 'application/json' },
    body,
  });
}

const storedFiles = async () => (await documentsStore().list({ prefix: 'files/' })).blobs.length;

describe('harmful, damaged or disguised files are refused with their reason, and leave nothing behind', async () => {
  const corpus = await badFiles();
  test.each(corpus.map((file) => [file.label, file] as const))('%s', async (_label, file) => {
    const before = await storedFiles();
    const response = await send(luc, 'en', file);
    expect(response.status).toBe(REFUSAL_STATUS[file.reason]);
    const body = (await response.json()) as { reason: string; errors: { message: string }[] };
    expect(body.reason).toBe(file.reason);
    expect(body.errors[0]!.message.length).toBeGreaterThan(10);
    expect(await storedFiles()).toBe(before);
  });

  test('none of them is in the list', async () => {
    const list = (await (await luc.get('/api/documents', { Accept: 'application/json' })).json()) as {
      documents: unknown[];
    };
    expect(list.documents).toEqual([]);
  });
});

describe('good files are taken; what is served carries no location or camera data', async () => {
  const good = await goodFiles();
  test.each(good.map((file) => [file.label, file] as const))('%s', async (_label, file) => {
    // Over the plain form's 4 MB, a file goes in parts, as the page's script sends it.
    const response =
      file.bytes.byteLength > FORM_FILE_MAX
        ? await tusClient(request, sarah).sendWhole({ ...file, kind: 'other' })
        : await send(sarah, 'nl', file);
    expect(response.status).toBe(201);
    const document = (await response.json()) as { id: string; contentType: string };
    const served = new Uint8Array(await (await sarah.get(`/api/documents/${document.id}/file`)).arrayBuffer());
    if (document.contentType === 'application/pdf') return;
    const meta = await sharp(served).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(2000);
  });
});
