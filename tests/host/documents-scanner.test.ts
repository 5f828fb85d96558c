import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { documentsStore } from '../../src/platform/blobs/store';
import { db } from '../../src/platform/db/db';
import { startClamd } from '../support/clamd';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';
import { tusClient } from '../support/tus-client';

// The real clamd (Debian's clamav-daemon) on a signature database written by tests/support/clamd.ts.
let clamd: Awaited<ReturnType<typeof startClamd>>;
beforeAll(async () => {
  clamd = await startClamd();
  process.env['CLAMD_SOCKET'] = clamd.socket;
}, 120_000);
afterAll(async () => {
  delete process.env['CLAMD_SOCKET'];
  await clamd?.stop();
});

const request = usePlatform();
let sarah: Citizen;
beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
});

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A PDF that passes every structural check and carries the EICAR test string in a comment. */
async function pdf(infected: boolean) {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('Attest');
  const bytes = await doc.save();
  if (!infected) return bytes;
  const marked = new Uint8Array(bytes.byteLength + EICAR.length + 2);
  marked.set(bytes);
  marked.set(new TextEncoder().encode(`%${EICAR}\n`), bytes.byteLength);
  return marked;
}

async function sendForm(bytes: Uint8Array, name: string) {
  const page = await (await sarah.get('/nl/dossier/documents/')).text();
  const body = new FormData();
  for (const [key, value] of Object.entries({ ...formFields(page, '/api/documents'), kind: 'other' }))
    body.set(key, value);
  body.set('file', new File([bytes.slice()], name, { type: 'application/pdf' }));
  return request('/api/documents', {
    method: 'POST',
    headers: { Cookie: sarah.cookie, Accept: 'application/json' },
    body,
  });
}

const storedFiles = async () => (await documentsStore().list({ prefix: 'files/' })).blobs.length;
const rows = async () => (await db().query('SELECT id FROM documents')).rowCount;

describe('with a virus scanner (CLAMD_SOCKET), every file goes through clamd', () => {
  test('a clean file is taken, and served once clamd said it is clean', async () => {
    const response = await sendForm(await pdf(false), 'attest.pdf');
    expect(response.status).toBe(201);
    const document = (await response.json()) as { id: string; status: string };
    expect(document.status).toBe('received');
    expect((await sarah.get(`/api/documents/${document.id}/file`)).status).toBe(200);
  });

  test('an infected file through the plain form is refused (422), in the person language, and never stored or served', async () => {
    const [files, count] = [await storedFiles(), await rows()];
    const response = await sendForm(await pdf(true), 'attest.pdf');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ reason: 'infected' });
    expect([await storedFiles(), await rows()]).toEqual([files, count]);
    const { rows: audit } = await db().query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'document.refused.%'",
    );
    expect(audit.map((row) => row.action)).toContain('document.refused.infected');
  });

  test('an infected file sent in parts is refused at its last part, and nothing of it is left', async () => {
    const [files, count] = [await storedFiles(), await rows()];
    const bytes = await pdf(true);
    const tus = tusClient(request, sarah);
    const created = await tus.create({ bytes, name: 'scan.pdf', kind: 'other' });
    const last = await tus.sendFrom(created.path!, bytes, 0);
    expect(last.status).toBe(422);
    expect(await last.json()).toMatchObject({ reason: 'infected' });
    expect([await storedFiles(), await rows()]).toEqual([files, count]);
  });

  test('when clamd cannot be reached the file is refused with "try again later" (503), never taken unscanned', async () => {
    process.env['CLAMD_SOCKET'] = `${clamd.socket}.gone`;
    try {
      const count = await rows();
      const response = await sendForm(await pdf(false), 'attest.pdf');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).not.toBeNull();
      expect(await rows()).toBe(count);
    } finally {
      process.env['CLAMD_SOCKET'] = clamd.socket;
    }
  });
});
