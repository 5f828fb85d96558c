import { describe, expect, test } from 'vitest';
import { daysBetween, todayInBelgium } from '../../src/lib/dates';
import { usePlatform } from '../support/in-process';

const request = usePlatform();
const daysLeft = daysBetween(todayInBelgium(), '2024-04-17');

test('with Accept: application/json it answers the last day and the days left', async () => {
  const response = await request('/api/deadline?letter=2024-03-18&kind=first&lang=nl', {
    headers: { Accept: 'application/json' },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ letter: '2024-03-18', kind: 'first', deadline: '2024-04-17', daysLeft });
});

test('with format=ics it gives a calendar file with alarms 7 days and 1 day before', async () => {
  const response = await request('/api/deadline?letter=2024-03-18&kind=first&lang=pl&format=ics');
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(response.headers.get('content-disposition')).toContain('attachment');
  const body = await response.text();
  expect(body).toContain('DTSTART;VALUE=DATE:20240417');
  expect(body).toMatch(/TRIGGER:-P7D[\s\S]*TRIGGER:-P1D/);
});

describe('the answer page gives the last day in the page language', () => {
  test.each([
    ['nl', '17 april 2024'],
    ['pl', '17 kwietnia 2024'],
    ['fr', '17 avril 2024'],
  ])('%s: %s', async (lang, date) => {
    const html = await (await request(`/api/deadline?letter=18/03/2024&kind=first&lang=${lang}`)).text();
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain(date);
  });
});

test('a passed deadline says what to do now and links to contesting', async () => {
  const html = await (await request('/api/deadline?letter=2024-03-18&kind=reminder&lang=nl')).text();
  expect(html).toContain('Bel meteen je woonmaatschappij');
  expect(html).toContain('href="/nl/struck-off/"');
});

test('the date typed in three fields (day, month, year) gives the answer; an old one-field link still does', async () => {
  const json = { headers: { Accept: 'application/json' } };
  const parts = await request('/api/deadline?letter-day=18&letter-month=3&letter-year=2024&kind=first&lang=nl', json);
  expect(parts.status).toBe(200);
  expect(await parts.json()).toMatchObject({ letter: '2024-03-18', deadline: '2024-04-17' });
  const html = await (await request('/api/deadline?letter=2024-03-18&kind=first&lang=nl')).text();
  expect(html).not.toContain('type="date"');
  for (const [part, value] of [
    ['day', '18'],
    ['month', '3'],
    ['year', '2024'],
  ])
    expect(html).toMatch(
      new RegExp(
        `<input id="letter-${part}" name="letter-${part}" type="text" inputmode="numeric"[^>]* value="${value}"`,
      ),
    );
});

test('an impossible date gets the form back with a clear message in Polish and a 400', async () => {
  const response = await request('/api/deadline?letter=2024-02-30&kind=first&lang=pl');
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toMatch(/<title>[^<]*(Błąd|Error)/);
  expect(html).toContain('role="alert"');
  expect(html).toContain('href="#letter-day"');
  expect(html).toContain('Taka data nie istnieje');
});

test('a wrong year (2 digits) is named once, above the fields, and the error summary links to the year', async () => {
  const response = await request('/api/deadline?letter-day=+1+&letter-month=3&letter-year=24&kind=first&lang=nl');
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toContain('href="#letter-year"');
  expect(html.match(/Vul het jaar in met 4 cijfers/g)).toHaveLength(2); // the summary and the field
  expect(html).toMatch(/id="letter-error"[\s\S]*id="letter-day"/);
  expect(html).toMatch(/id="letter-year"[^>]*aria-invalid="true"/);
  expect(html).not.toMatch(/id="letter-day"[^>]*aria-invalid/);
  expect(html).toContain('value=" 1 "');
});

test('a date in the future, an empty date and an unknown letter kind are refused in JSON with keys', async () => {
  const response = await request('/api/deadline?letter=2999-01-01&kind=weekly&lang=en', {
    headers: { Accept: 'application/json' },
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    errors: [
      { field: 'letter', key: 'deadline.letter.future', message: expect.any(String) },
      { field: 'kind', key: 'deadline.kind.required', message: 'Choose which letter you got' },
    ],
  });
  expect((await request('/api/deadline?lang=nl')).status).toBe(400);
});
