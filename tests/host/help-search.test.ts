import { expect, test } from 'vitest';
import { usePlatform } from '../support/in-process';

const request = usePlatform();

test('a postcode search lists the places of that municipality', async () => {
  const response = await request('/api/help?q=9000&lang=ar');
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('Woonloket Gent (voorbeeld)');
  expect(html).not.toContain('Antwerpen (voorbeeld)');
  expect(html).toContain('value="9000"');
});

test('a search that finds nothing says where to go instead', async () => {
  const html = await (await request('/api/help?q=Atlantis&lang=nl')).text();
  expect(html).toContain('We vonden geen plaats');
});

test('an overlong search is a 400 with a message', async () => {
  const response = await request(`/api/help?q=${'a'.repeat(300)}&lang=nl`);
  expect(response.status).toBe(400);
  expect(await response.text()).toContain('Typ alleen je gemeente of postcode');
});
