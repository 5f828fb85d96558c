import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { formFields } from '../support/form-fields';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
let sarah: Citizen;
let luc: Citizen;

beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
  luc = await logInAs(request, CITIZEN.luc.nationalNumber, 'en');
});

describe('changing a section', () => {
  test('the change form is filled in with what the dossier knows, and carries version and key', async () => {
    const html = await (await sarah.get('/nl/dossier/income/change/')).text();
    expect(html).toMatch(/name="amount" value="21480,00"/);
    expect(html).toMatch(/name="taxYear" value="\d{4}"/);
    const hidden = formFields(html, '/api/dossier/save');
    expect(hidden).toMatchObject({ section: 'income', lang: 'nl', version: expect.stringMatching(/^\d+$/) });
    expect(hidden['idempotencyKey']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hidden['csrf']).toBe(sarah.csrf);
  });

  test('a new income is saved: 303 to the section, which shows the amount and says "changed"', async () => {
    const hidden = formFields(await (await sarah.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
    const response = await sarah.post('/api/dossier/save', {
      ...hidden,
      source: 'last-three-months',
      taxYear: '',
      amount: '4321,50',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl/dossier/income/');
    const html = await (await sarah.get('/nl/dossier/income/')).text();
    expect(html).toContain('4.321,50');
    expect(html).toContain('Stand: Gewijzigd');
    expect(html).toContain('<strong class="changed">gewijzigd</strong>');
  });

  test('a wrong amount comes back with the error summary, the field error and "Fout: " in the title', async () => {
    const hidden = formFields(await (await sarah.get('/nl/dossier/income/change/')).text(), '/api/dossier/save');
    const response = await sarah.post('/api/dossier/save', { ...hidden, source: 'last-three-months', amount: 'veel' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<title>Fout: ');
    expect(html).toContain('role="alert"');
    expect(html).toContain('href="#amount"');
    expect(html).toContain('name="amount" value="veel"');
    expect(html).toMatch(/<span class="vh">Fout:<\/span>/);
  });

  test('a save over a version that changed meanwhile gives 409 with both values, and keeping mine works', async () => {
    const stale = formFields(await (await luc.get('/en/dossier/choices/change/')).text(), '/api/dossier/save');
    const first = await luc.post('/api/dossier/save', {
      ...stale,
      idempotencyKey: crypto.randomUUID(),
      municipalities: 'Gent',
      homeType: 'flat',
    });
    expect(first.status).toBe(303);
    const second = await luc.post('/api/dossier/save', {
      ...stale,
      municipalities: 'Brugge\nOostende',
      homeType: 'house',
    });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('This changed meanwhile');
    expect(html).toContain('<td>Gent</td>');
    expect(html).toContain('Brugge, Oostende');
    expect(html).toContain('Brugge\nOostende</textarea>');
    const again = formFields(html, '/api/dossier/save');
    expect(Number(again['version'])).toBe(Number(stale['version']) + 1);
    const kept = await luc.post('/api/dossier/save', {
      ...again,
      municipalities: 'Brugge\nOostende',
      homeType: 'house',
    });
    expect(kept.status).toBe(303);
    expect(await (await luc.get('/en/dossier/choices/')).text()).toContain('Brugge, Oostende');
  });

  test('the same form sent twice gets the same answer and saves once', async () => {
    const hidden = formFields(await (await luc.get('/en/dossier/address/change/')).text(), '/api/dossier/save');
    const values = {
      ...hidden,
      street: 'Kerkplein 1',
      postcode: '8000',
      municipality: 'Brugge',
      register: 'reference-address',
      situation: 'homeless',
    };
    const [a, b] = [await luc.post('/api/dossier/save', values), await luc.post('/api/dossier/save', values)];
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(b.headers.get('location')).toBe(a.headers.get('location'));
    const after = formFields(await (await luc.get('/en/dossier/address/change/')).text(), '/api/dossier/save');
    expect(Number(after['version'])).toBe(Number(hidden['version']) + 1);
  });

  test('JSON callers get the errors as JSON', async () => {
    const hidden = formFields(await (await luc.get('/en/dossier/address/change/')).text(), '/api/dossier/save');
    const response = await luc.post('/api/dossier/save', { ...hidden, postcode: '12' }, { Accept: 'application/json' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ field: string; key: string; message: string }> };
    expect(body.errors).toContainEqual(expect.objectContaining({ field: 'postcode', key: 'address.postcode.invalid' }));
  });
});

describe('refused posts', () => {
  test('"This is right" marks the section checked and goes back to the task list', async () => {
    const response = await luc.post('/api/dossier/check', { section: 'household', lang: 'en' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/dossier/');
    expect(await (await luc.get('/en/dossier/household/')).text()).toContain('State: Checked');
  });

  test('a post without the CSRF token is refused with 403, in the language of the form', async () => {
    const response = await request('/api/dossier/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: luc.cookie },
      body: 'section=income&lang=en',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('lang="en"');
  });

  test('a post from another site is refused even with the right token', async () => {
    const response = await luc.post(
      '/api/dossier/check',
      { section: 'income', lang: 'en' },
      { Origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });

  test('a post without a session says the session ended (401) and saves nothing', async () => {
    const response = await request('/api/dossier/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'section=income&lang=nl&csrf=x',
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Wat je net stuurde, is niet bewaard');
  });

  test('a form with an unknown section or no version is a 400, not an error', async () => {
    expect((await luc.post('/api/dossier/check', { section: 'salary', lang: 'en' })).status).toBe(400);
    expect(
      (await luc.post('/api/dossier/save', { section: 'income', lang: 'en', idempotencyKey: crypto.randomUUID() }))
        .status,
    ).toBe(400);
  });
});
