import { expect, test } from 'vitest';
import { ECHO_MAX } from '../../src/lib/echo';
import { usePlatform } from '../support/in-process';

const request = usePlatform();
const typed = 'x'.repeat(10_000);

/** The longest run of the typed character the page shows. */
const longestEcho = (html: string) => Math.max(0, ...[...html.matchAll(/x{2,}/g)].map((match) => match[0].length));

test('the deadline form shows back at most ECHO_MAX characters of each 10,000-character part of a date', async () => {
  const parts = `letter-day=${typed}&letter-month=${typed}&letter-year=${typed}`;
  const response = await request(`/api/deadline?${parts}&kind=first&lang=nl`);
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toContain('De dag moet een getal van 1 tot 31 zijn');
  expect(longestEcho(html)).toBe(ECHO_MAX);
});

test('an old one-field link with a 10,000-character date shows back at most ECHO_MAX characters', async () => {
  const response = await request(`/api/deadline?letter=${typed}&kind=first&lang=nl`);
  expect(response.status).toBe(400);
  expect(longestEcho(await response.text())).toBeLessThanOrEqual(ECHO_MAX);
});

test('the deadline form shows back at most ECHO_MAX characters of a 10,000-character kind of letter', async () => {
  const response = await request(`/api/deadline?letter=2024-03-18&kind=${typed}&lang=nl`);
  expect(response.status).toBe(400);
  expect(longestEcho(await response.text())).toBeLessThanOrEqual(ECHO_MAX);
});

test('the help search shows back at most ECHO_MAX characters of a 10,000-character search', async () => {
  const response = await request(`/api/help?q=${typed}&lang=nl`);
  expect(response.status).toBe(400);
  expect(longestEcho(await response.text())).toBeLessThanOrEqual(ECHO_MAX);
});
