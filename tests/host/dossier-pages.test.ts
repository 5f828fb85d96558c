import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
let sarah: Citizen;
let mohamed: Citizen;

beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
  mohamed = await logInAs(request, CITIZEN.mohamed.nationalNumber, 'ar');
});

describe('the dossier pages of the logged-in person', () => {
  test('the task list shows the six parts, each "to check", the deadline and the days left', async () => {
    const response = await sarah.get('/nl/dossier/');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    for (const part of ['Je gegevens', 'Gezin', 'Inkomen', 'Adres en woonsituatie', 'Keuzes', 'Documenten']) {
      expect(html).toContain(part);
    }
    expect(html.match(/Nog nakijken/g)).toHaveLength(6);
    expect(html).toMatch(/Je hebt nog \d+ dagen\./);
    expect(html).toContain('action="/api/auth/logout"');
    expect(html).not.toContain('href="/nl/dossier/check/"');
  });

  test.each(SECTIONS)('the %s page renders in Dutch with "Dit klopt"', async (section) => {
    const response = await sarah.get(`/nl/dossier/${section}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('Dit klopt');
  });

  test.each(SECTIONS)('the %s page renders in Arabic, right to left', async (section) => {
    const response = await mohamed.get(`/ar/dossier/${section}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html lang="ar" dir="rtl">');
  });

  test('the personal page shows the register data and says where to change it', async () => {
    const html = await (await sarah.get('/nl/dossier/personal/')).text();
    expect(html).toContain('Peeters');
    expect(html).toContain('Ga naar je gemeente');
    expect(html).toMatch(/\d\d\.\d\d\.\d\d-\d{3}\.\d\d/);
  });
});

describe('addresses that are not a dossier page of this person', () => {
  test('without a session a dossier page sends the person to the sign-in page', async () => {
    const response = await request('/nl/dossier/income/');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/nl/sign-in/');
  });

  test('an unknown section is a 404 in the language of the address', async () => {
    const response = await sarah.get('/en/dossier/salary/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This page does not exist');
  });

  test('an id in the address is no way into another dossier', async () => {
    expect((await sarah.get('/nl/dossier/8a1d2c3e-0000-4000-8000-000000000000/')).status).toBe(404);
    const html = await (await sarah.get('/nl/dossier/personal?id=1&candidate=2&dossier=3')).text();
    expect(html).toContain('Sarah');
    expect(html).not.toContain('Mohamed');
  });

  test('documents have no change form, and deeper unknown paths are 404 too', async () => {
    expect((await sarah.get('/nl/dossier/documents/change/')).status).toBe(404);
    expect((await sarah.get('/nl/dossier/income/change/more/')).status).toBe(404);
  });

  test('an unknown language is a 404', async () => {
    expect((await sarah.get('/xx/dossier/')).status).toBe(404);
  });
});
