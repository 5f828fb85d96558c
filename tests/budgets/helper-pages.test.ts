import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { LANGUAGES } from '../../src/lib/languages';
import { usePlatform } from '../support/in-process';
import { logInAs, logInStaff, type Citizen } from '../support/login';
import { PAGE_BUDGET_GZIP_BYTES, gzipBytes } from '../support/page-weight';

// The consent and helper pages of issue 12 in every state they have, held to the page budget
// (the first round trip), like every other page a function renders.
const request = usePlatform();
let candidate: Citizen;
let helper: Citizen;
let consentId = '';

const give = (organisation: string, months: string) =>
  candidate.post('/api/dossier/consents', { lang: 'nl', organisation, months, idempotencyKey: randomUUID() });

beforeAll(async () => {
  [candidate, helper] = await Promise.all([
    logInAs(request, CITIZEN.katarzyna.nationalNumber),
    logInStaff(request, 'helper-ocmw-1', 'nl', 'helper'),
  ]);
  // A running consent with a few looks, so the candidate's page shows its list.
  expect((await give('gent-ocmw', '6')).status).toBe(303);
  const page = await (await candidate.get('/nl/dossier/helpers/')).text();
  consentId = /name="consent" value="([^"]+)"/.exec(page)?.[1] ?? '';
  for (let look = 0; look < 5; look++) await helper.get(`/nl/helper/candidates/${consentId}/`);
});

const weigh = async (answer: Promise<Response>, status = 200) => {
  const response = await answer;
  expect(response.status).toBe(status);
  return gzipBytes(await response.text());
};

describe.each(LANGUAGES.map(String))('in %s', (lang) => {
  test("the candidate's consent page, with consents and looks, and its error", async () => {
    expect(await weigh(candidate.get(`/${lang}/dossier/helpers/?done=given`))).toBeLessThanOrEqual(
      PAGE_BUDGET_GZIP_BYTES,
    );
    const refused = candidate.post('/api/dossier/consents', { lang, idempotencyKey: randomUUID() });
    expect(await weigh(refused, 400)).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });

  test("the helper's list, progress page and sheet", async () => {
    for (const path of [`/${lang}/helper/`, `/${lang}/helper/candidates/${consentId}/`]) {
      expect(await weigh(helper.get(path))).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
    }
    const sheet = helper.get(`/nl/helper/candidates/${consentId}/sheet/?in=${lang}`);
    expect(await weigh(sheet)).toBeLessThanOrEqual(PAGE_BUDGET_GZIP_BYTES);
  });
});
