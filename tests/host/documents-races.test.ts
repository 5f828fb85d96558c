import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { FILES_PER_DOSSIER } from '../../src/features/documents/model/limits';
import { db } from '../../src/platform/db/db';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';
import { useRealPostgres } from '../support/real-postgres';
import { tusClient } from '../support/tus-client';

// Two tabs (or a phone and a computer) sending at the same moment, on a real PostgreSQL server,
// where each request has its own connection and transaction, as in production.
const postgres = useRealPostgres();
const request = usePlatform(postgres.database);

let ion: Citizen;
beforeAll(async () => {
  ion = await logInAs(request, CITIZEN.ion.nationalNumber);
});

const png = (seed: number) =>
  sharp({ create: { width: 30, height: 20, channels: 3, background: { r: seed % 256, g: 10, b: 200 } } })
    .png()
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

async function sendForm(bytes: Uint8Array, name: string) {
  const page = await (await ion.get('/nl/dossier/documents/')).text();
  const body = new FormData();
  for (const [key, value] of Object.entries({ ...formFields(page, '/api/documents'), kind: 'other' }))
    body.set(key, value);
  body.set('file', new File([bytes.slice()], name));
  return request('/api/documents', {
    method: 'POST',
    headers: { Cookie: ion.cookie, Accept: 'application/json' },
    body,
  });
}

const filesOfIon = async () =>
  Number(
    (
      await db().query<{ n: string }>(
        `SELECT count(*) AS n FROM documents f JOIN dossiers d ON d.id = f.dossier_id
          JOIN candidates c ON c.id = d.candidate_id WHERE c.national_number = $1`,
        [CITIZEN.ion.nationalNumber],
      )
    ).rows[0]!.n,
  );

describe('two uploads at once cannot pass the limits together', () => {
  test(`with one place left of ${FILES_PER_DOSSIER}, a form and a resumable upload at the same moment: one is taken, one gets 409`, async () => {
    for (let n = 0; n < FILES_PER_DOSSIER - 1; n++)
      expect((await sendForm(await png(n), `p${n}.png`)).status).toBe(201);
    const tus = tusClient(request, ion);
    const resumable = await png(200);
    const created = await tus.create({ bytes: resumable, name: 'tab-b.png', kind: 'other' });
    expect(created.response.status).toBe(201);
    const [form, parts] = await Promise.all([
      sendForm(await png(201), 'tab-a.png'),
      tus.sendFrom(created.path!, resumable, 0),
    ]);
    expect([form.status, parts.status].sort()).toEqual([201, 409]);
    expect(await filesOfIon()).toBe(FILES_PER_DOSSIER);
  });

  test('five forms at once on a full dossier: all 409, still exactly the limit', async () => {
    const answers = await Promise.all([0, 1, 2, 3, 4].map(async (n) => sendForm(await png(300 + n), `x${n}.png`)));
    expect(answers.map((answer) => answer.status)).toEqual([409, 409, 409, 409, 409]);
    expect(await filesOfIon()).toBe(FILES_PER_DOSSIER);
  });
});
