import { expect, test } from 'vitest';
import { form, usePlatform } from '../support/in-process';

const request = usePlatform();
const proxy = {
  lang: 'nl',
  fullName: 'Amina Test',
  address: 'Voorbeeldstraat 1\n9000 Gent',
  housingCompany: 'WM Gent',
  reason: 'pin-blocked',
};

test('the proxy letter is filled in, in Dutch, from what the person typed', async () => {
  const response = await request('/api/letter/proxy', form({ ...proxy, lang: 'ar' }));
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain('lang="nl"');
  expect(html).toContain('Amina Test');
  expect(html).toContain('mijn pincode is geblokkeerd');
  expect(response.headers.get('cache-control')).toBe('no-store');
});

test('an empty proxy form comes back with every missing field named, in the language of the page', async () => {
  const response = await request('/api/letter/proxy', form({ lang: 'en' }));
  expect(response.status).toBe(400);
  const html = await response.text();
  for (const message of ['Enter your first name and last name', 'Enter your address', 'Choose why you cannot log in']) {
    expect(html).toContain(message);
  }
});

test('the appeal letter fills in the notice date and the last day to send it', async () => {
  const response = await request(
    '/api/letter/appeal',
    form({ ...proxy, noticeDate: '2024-05-02', reason: 'Ik was in het ziekenhuis.' }),
  );
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html).toContain('Op 2 mei 2024 kreeg ik het bericht');
  expect(html).toContain('1 juni 2024');
  expect(html).toContain('Afdeling Toezicht');
});

test('an impossible notice date keeps everything typed and says what is wrong', async () => {
  const date = { 'noticeDate-day': '31', 'noticeDate-month': '02', 'noticeDate-year': '2024' };
  const response = await request('/api/letter/appeal', form({ ...proxy, ...date, reason: 'x' }));
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toContain('Deze datum bestaat niet');
  expect(html).toContain('href="#noticeDate-day"');
  expect(html).toContain('value="Amina Test"');
  expect(html).toMatch(/id="noticeDate-month"[^>]*value="02"/);
});

test('the notice date typed in three fields fills in the letter', async () => {
  const date = { 'noticeDate-day': '2', 'noticeDate-month': '5', 'noticeDate-year': '2024' };
  const html = await (await request('/api/letter/appeal', form({ ...proxy, ...date, reason: 'x' }))).text();
  expect(html).toContain('Op 2 mei 2024 kreeg ik het bericht');
});

test('a body that is too large is refused with 413 and a message, not an error', async () => {
  const response = await request('/api/letter/proxy', form({ ...proxy, reason: 'x'.repeat(70_000) }));
  expect(response.status).toBe(413);
  expect(await response.text()).toContain('te veel tekst');
});

test('a body of another type is refused with 415', async () => {
  const response = await request('/api/letter/appeal', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', 'Accept-Language': 'fr' },
    body: 'hello',
  });
  expect(response.status).toBe(415);
});

test('a GET to a letter is not a letter', async () => {
  expect((await request('/api/letter/proxy')).status).toBeGreaterThanOrEqual(400);
});
