import { beforeAll, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
let sarah: Citizen;

beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
});

// Past PostgreSQL's integer (2147483647), past JavaScript's safe integers, and silly.
const HUGE = ['2147483648', '9007199254740991', '9007199254740993', '1e400', '-1', '0', '1.5'];

test.each(HUGE)('a save with version %s is refused with 400 and a message, not an error', async (version) => {
  const hidden = formFields(await (await sarah.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
  const response = await sarah.post('/api/dossier/save', {
    ...hidden,
    version,
    idempotencyKey: crypto.randomUUID(),
    source: 'last-three-months',
    amount: '100',
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Dit formulier is niet meer geldig');
});

test.each(HUGE)('a confirmation with version %s is refused with 400 and a message, not an error', async (version) => {
  const hidden = formFields(await (await sarah.get('/nl/dossier/check/')).text(), '/api/dossier/confirm');
  const response = await sarah.post('/api/dossier/confirm', {
    ...hidden,
    version,
    idempotencyKey: crypto.randomUUID(),
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Dit formulier is niet meer geldig');
});

test.each(['99999999999', '9007199254740991', '92233720368547758,07', '1000000,01'])(
  'an amount of %s euro is a field error on the form, not an error',
  async (amount) => {
    const hidden = formFields(await (await sarah.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
    const response = await sarah.post('/api/dossier/save', { ...hidden, source: 'last-three-months', amount });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Vul het bedrag in euro in zoals 1234,56|hoogstens 1.000.000 euro/);
  },
);

test.each(['2147483648', '99999'])('a tax year of %s is a field error on the form, not an error', async (taxYear) => {
  const hidden = formFields(await (await sarah.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
  const response = await sarah.post('/api/dossier/save', { ...hidden, source: 'tax-assessment', taxYear, amount: '1' });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Vul het jaar in met 4 cijfers');
});
