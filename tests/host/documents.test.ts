import { createHash, randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { FILES_PER_DOSSIER } from '../../src/features/documents/model/limits';
import { db } from '../../src/platform/db/db';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

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

const samplePdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Aanslagbiljet 2025');
  return pdf.save();
};
const samplePng = (seed = 0) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: seed % 256, g: 90, b: 160 } } })
    .png()
    .toBuffer();

/** The plain form's post: multipart with the page's hidden fields, as a browser without JavaScript sends it. */
async function sendForm(
  person: Citizen,
  file: { bytes: Uint8Array; name: string; type?: string } | null,
  fields: Record<string, string> = {},
  lang = 'nl',
) {
  const page = await (await person.get(`/${lang}/dossier/documents/`)).text();
  // A confirmed dossier's page has no form: a person (or a stale tab) can still post one.
  const hidden = page.includes('action="/api/documents"')
    ? formFields(page, '/api/documents')
    : { csrf: person.csrf, lang, idempotencyKey: randomUUID() };
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...hidden, kind: 'tax-assessment', ...fields })) body.set(name, value);
  body.set('file', file ? new File([file.bytes.slice()], file.name, { type: file.type ?? '' }) : new File([], ''));
  return request('/api/documents', { method: 'POST', headers: { Cookie: person.cookie }, body });
}

const listOf = async (person: Citizen) =>
  (await (await person.get('/api/documents', { Accept: 'application/json' })).json()) as {
    canChange: boolean;
    asked: { kind: string; received: number }[];
    documents: { id: string; name: string; kind: string; size: number; status: string; uploadedAt: string }[];
  };

describe('the plain form, without JavaScript', () => {
  test('a PDF goes through: 303 to the list, which shows it as received and tied to what it proves', async () => {
    const response = await sendForm(sarah, {
      bytes: await samplePdf(),
      name: 'aanslagbiljet.pdf',
      type: 'application/pdf',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl/dossier/documents/?sent=1');
    const list = await listOf(sarah);
    expect(list.documents).toHaveLength(1);
    expect(list.documents[0]).toMatchObject({ name: 'aanslagbiljet.pdf', kind: 'tax-assessment', status: 'received' });
    expect(list.asked).toContainEqual({ kind: 'tax-assessment', received: 1 });
    const page = await (await sarah.get('/nl/dossier/documents/?sent=1')).text();
    expect(page).toContain('aanslagbiljet.pdf');
  });

  test('the same idempotency key twice (a double click) stores one file', async () => {
    const before = (await listOf(luc)).documents.length;
    const page = await (await luc.get('/en/dossier/documents/')).text();
    const key = formFields(page, '/api/documents')['idempotencyKey']!;
    const bytes = await samplePng(1);
    const first = await sendForm(luc, { bytes, name: 'a.png' }, { idempotencyKey: key }, 'en');
    const second = await sendForm(luc, { bytes, name: 'a.png' }, { idempotencyKey: key }, 'en');
    expect([first.status, second.status]).toEqual([303, 303]);
    expect((await listOf(luc)).documents).toHaveLength(before + 1);
  });

  test('no file chosen, or no kind chosen: the page again, 400, with the error in the person language', async () => {
    const none = await sendForm(luc, null, {}, 'en');
    expect(none.status).toBe(400);
    const html = await none.text();
    expect(html).toContain('<title>');
    expect(html).toContain('role="alert"');
    const kindless = await sendForm(luc, { bytes: await samplePng(2), name: 'b.png' }, { kind: '' }, 'en');
    expect(kindless.status).toBe(400);
  });

  test('a file over 4 MB through the plain form is refused with 413 and the page, nothing stored', async () => {
    const before = (await listOf(luc)).documents.length;
    // Just over the file limit, and a body too large to read at all (its token unread).
    for (const size of [4 * 1024 * 1024 + 1, 5 * 1024 * 1024]) {
      const response = await sendForm(luc, { bytes: new Uint8Array(size), name: 'big.pdf' }, {}, 'en');
      expect(response.status).toBe(413);
      expect(await response.text()).toContain('role="alert"');
    }
    expect((await listOf(luc)).documents).toHaveLength(before);
  });

  test('a form without the session token is refused (403) and stores nothing', async () => {
    const body = new FormData();
    body.set('kind', 'other');
    body.set('lang', 'nl');
    body.set('idempotencyKey', randomUUID());
    body.set('csrf', 'not-the-token');
    body.set('file', new File([await samplePng(3)], 'c.png'));
    const response = await request('/api/documents', { method: 'POST', headers: { Cookie: sarah.cookie }, body });
    expect(response.status).toBe(403);
  });
});

describe('one person, their own files only', () => {
  test('the JSON list, one file, and the file itself as a download with nosniff', async () => {
    const [document] = (await listOf(sarah)).documents;
    const one = await sarah.get(`/api/documents/${document!.id}`, { Accept: 'application/json' });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ id: document!.id, kind: 'tax-assessment' });
    const file = await sarah.get(`/api/documents/${document!.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="document-[0-9a-f]{8}\.pdf"$/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  test("another dossier's file id is a 404 for the list entry, the file and the removal", async () => {
    const [document] = (await listOf(sarah)).documents;
    expect((await luc.get(`/api/documents/${document!.id}`, { Accept: 'application/json' })).status).toBe(404);
    expect((await luc.get(`/api/documents/${document!.id}/file`)).status).toBe(404);
    expect((await luc.post(`/api/documents/${document!.id}/remove`, { lang: 'en' })).status).toBe(404);
    const deleted = await request(`/api/documents/${document!.id}`, {
      method: 'DELETE',
      headers: { Cookie: luc.cookie, 'X-CSRF-Token': luc.csrf, Accept: 'application/json' },
    });
    expect(deleted.status).toBe(404);
    expect((await listOf(sarah)).documents).toHaveLength(1);
    expect((await request(`/api/documents/${document!.id}/file`)).status).toBe(404);
    expect((await luc.get('/api/documents/not-an-id', { Accept: 'application/json' })).status).toBe(404);
  });

  test('removing a file (form and DELETE) takes the row and the stored file away, audited without names', async () => {
    await sendForm(sarah, { bytes: await samplePng(4), name: 'remove-me.png' }, { kind: 'other' });
    const { documents } = await listOf(sarah);
    const [first, second] = documents;
    const removed = await sarah.post(`/api/documents/${second!.id}/remove`, { lang: 'nl' });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/nl/dossier/documents/?removed=1');
    const deleted = await request(`/api/documents/${first!.id}`, {
      method: 'DELETE',
      headers: { Cookie: sarah.cookie, 'X-CSRF-Token': sarah.csrf },
    });
    expect(deleted.status).toBe(204);
    expect((await listOf(sarah)).documents).toEqual([]);
    const { rows } = await db().query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'document.%' ORDER BY at`,
    );
    expect(rows.map((row) => row.action)).toContain('document.remove');
    expect(JSON.stringify(rows)).not.toMatch(/remove-me|aanslagbiljet/);
  });
});

describe('limits and the confirmation', () => {
  test('a confirmed dossier takes no file (409) and offers no form', async () => {
    const response = await sendForm(marieClaire, { bytes: await samplePng(5), name: 'late.png' }, {}, 'fr');
    expect(response.status).toBe(409);
    const page = await (await marieClaire.get('/fr/dossier/documents/')).text();
    expect(page).not.toContain('action="/api/documents"');
    const list = await listOf(marieClaire);
    expect(list.canChange).toBe(false);
    expect(list.documents).toEqual([]);
  });

  test(`at most ${FILES_PER_DOSSIER} files per dossier: the next one is refused with 409`, async () => {
    const { documents } = await listOf(luc);
    for (let n = documents.length; n < FILES_PER_DOSSIER; n++) {
      expect(
        (await sendForm(luc, { bytes: await samplePng(10 + n), name: `p${n}.png` }, { kind: 'other' }, 'en')).status,
      ).toBe(303);
    }
    const over = await sendForm(luc, { bytes: await samplePng(99), name: 'one-too-many.png' }, { kind: 'other' }, 'en');
    expect(over.status).toBe(409);
    expect((await listOf(luc)).documents).toHaveLength(FILES_PER_DOSSIER);
  });

  test('the file served is the file stored: its SHA-256 is kept with the row, its key is random', async () => {
    const [document] = (await listOf(luc)).documents;
    const { rows } = await db().query<{ sha256: string; blob_key: string }>(
      'SELECT sha256, blob_key FROM documents WHERE id = $1',
      [document!.id],
    );
    expect(rows[0]!.blob_key).toMatch(/^files\/[0-9a-f-]{36}$/);
    const served = new Uint8Array(await (await luc.get(`/api/documents/${document!.id}/file`)).arrayBuffer());
    expect(createHash('sha256').update(served).digest('hex')).toBe(rows[0]!.sha256);
  });
});
