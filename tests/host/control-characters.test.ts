import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { todayInBelgium } from '../../src/lib/dates';
import { formFields } from '../support/form-fields';
import { form, usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
let sarah: Citizen;

beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
});

const NUL = '\u0000';
const CONTROL_MESSAGE = 'een onzichtbaar teken';
const lastYear = String(Number(todayInBelgium().slice(0, 4)) - 1);

/** A valid change form per section; each of its text fields gets a NUL in turn. */
const changeForms = {
  personal: {
    values: { phone: '0470 12 34 56', email: 'sarah@voorbeeld.be', preferredLang: 'nl' },
    text: ['phone', 'email'],
  },
  address: {
    values: {
      street: 'Kerkstraat 1',
      postcode: '9000',
      municipality: 'Gent',
      register: 'population',
      situation: 'other',
    },
    text: ['street', 'postcode', 'municipality'],
  },
  choices: { values: { municipalities: 'Gent\nMerelbeke', homeType: 'flat' }, text: ['municipalities'] },
  income: { values: { source: 'tax-assessment', taxYear: lastYear, amount: '1234,56' }, text: ['taxYear', 'amount'] },
} as const;

/** Fields whose text goes through the shared text schemas: they name the character itself. */
const FREE_TEXT = new Set([
  'phone',
  'email',
  'street',
  'municipality',
  'municipalities',
  'fullName',
  'address',
  'housingCompany',
  'reason',
]);

const sender = {
  lang: 'nl',
  fullName: 'Amina Test',
  address: 'Voorbeeldstraat 1\n9000 Gent',
  housingCompany: 'WM Gent',
};
const letterForms = {
  proxy: { values: { ...sender, reason: 'pin-blocked' }, text: ['fullName', 'address', 'housingCompany'] },
  appeal: {
    values: { ...sender, noticeDate: '2024-05-02', reason: 'Ik was in het ziekenhuis.' },
    text: ['fullName', 'address', 'housingCompany', 'noticeDate', 'reason'],
  },
} as const;

const cases = <T extends Record<string, { text: readonly string[] }>>(forms: T) =>
  Object.entries(forms).flatMap(([name, { text }]) => text.map((field) => [name, field] as const));

/** The field's own error message on the page, found by its id. */
const fieldError = (html: string, field: string) =>
  new RegExp(`id="${field}-error"><span class="vh">[^<]*</span>([^<]*)</span>`).exec(html)?.[1] ?? '';

describe('a NUL character in a text field is a field error, not a 500', () => {
  test.each(cases(changeForms))('the %s change form, field %s', async (section, field) => {
    const { values } = changeForms[section as keyof typeof changeForms];
    const hidden = formFields(await (await sarah.get(`/nl/dossier/${section}/change/`)).text(), '/api/dossier/save');
    const typed: Record<string, string> = { ...values };
    typed[field] = `${typed[field]}${NUL}x`;
    const response = await sarah.post('/api/dossier/save', { ...hidden, ...typed });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, field)).not.toBe('');
    if (FREE_TEXT.has(field)) expect(fieldError(html, field)).toContain(CONTROL_MESSAGE);
  });

  test.each(cases(letterForms))('the %s letter form, field %s', async (letter, field) => {
    const typed: Record<string, string> = { ...letterForms[letter as keyof typeof letterForms].values };
    typed[field] = `${typed[field]}${NUL}x`;
    const response = await request(`/api/letter/${letter}`, form(typed));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, field)).not.toBe('');
    if (FREE_TEXT.has(field)) expect(fieldError(html, field)).toContain(CONTROL_MESSAGE);
  });

  test('the message is in the language of the page', async () => {
    const response = await request(
      '/api/letter/proxy',
      form({ ...letterForms.proxy.values, lang: 'en', fullName: `A${NUL}` }),
    );
    expect(response.status).toBe(400);
    expect(fieldError(await response.text(), 'fullName')).toContain('an invisible character');
  });
});

describe('characters that turn text around never reach a printed letter', () => {
  test('a right-to-left override in a name and an address is left out of the letter', async () => {
    const response = await request(
      '/api/letter/proxy',
      form({ ...letterForms.proxy.values, fullName: 'Amina \u202eTset', address: 'Straat 1\u2066\n9000 Gent\u2069' }),
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Amina Tset');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  test('a street saved with an override is stored without it', async () => {
    const hidden = formFields(await (await sarah.get('/nl/dossier/address/change/')).text(), '/api/dossier/save');
    const response = await sarah.post('/api/dossier/save', {
      ...hidden,
      ...changeForms.address.values,
      street: '\u202eKerkstraat 1',
      idempotencyKey: crypto.randomUUID(),
    });
    expect(response.status).toBe(303);
    const html = await (await sarah.get('/nl/dossier/address/')).text();
    expect(html).toContain('Kerkstraat 1');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
