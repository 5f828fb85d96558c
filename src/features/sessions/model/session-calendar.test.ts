import { expect, test } from 'vitest';
import { sessionCalendar } from './session-calendar';
import type { HelpSession } from './types';

const session: HelpSession = {
  id: '5e55e001-0000-4000-8000-000000000001',
  date: '2026-12-10',
  time: '14:00',
  endTime: '16:00',
  place: 'Bibliotheek De Krook',
  address: 'Miriam Makebaplein 1',
  postcode: '9000',
  municipality: 'Gent',
  languages: ['nl', 'ar'],
  bring: 'Identiteitskaart; brief',
  places: 6,
  placesLeft: 1,
  startsAt: new Date('2026-12-10T13:00:00Z'),
  endsAt: new Date('2026-12-10T15:00:00Z'),
};

test('the calendar file is RFC 5545: CRLF lines of at most 75 octets, Belgian time with its zone', () => {
  const ics = sessionCalendar(
    session,
    'Hulpsessie: Bibliotheek De Krook',
    'x'.repeat(200),
    new Date('2026-12-01T10:00:00Z'),
  );
  const lines = ics.split('\r\n');
  expect(lines.at(-1)).toBe('');
  for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(lines).toContain('DTSTART;TZID=Europe/Brussels:20261210T140000');
  expect(lines).toContain('DTEND;TZID=Europe/Brussels:20261210T160000');
  expect(lines).toContain('TZID:Europe/Brussels');
  expect(lines).toContain('DTSTAMP:20261201T100000Z');
  expect(ics).toContain('LOCATION:Bibliotheek De Krook\\, Miriam Makebaplein 1\\, 9000 Gent');
  expect(ics.match(/BEGIN:/g)?.length).toBe(ics.match(/END:/g)?.length);
});
