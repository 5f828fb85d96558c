import { expect, test } from 'vitest';
import { calendarFile } from './ics';

const file = calendarFile(
  {
    uid: 'x@blijfingeschreven.be',
    date: '2024-04-17',
    summary: 'Laatste dag; bevestig, nu',
    description: 'Ostatni dzień: potwierdź swoją teczkę w centralnym rejestrze, zanim zostaniesz skreślony z listy',
    alarmsDaysBefore: [7, 1],
  },
  new Date('2024-04-01T10:00:00Z'),
);

test('the calendar file holds one all-day event on the last day with alarms 7 days and 1 day before', () => {
  expect(file).toContain('DTSTART;VALUE=DATE:20240417\r\n');
  expect(file).toContain('DTEND;VALUE=DATE:20240418\r\n');
  expect(file).toContain('TRIGGER:-P7D\r\n');
  expect(file).toContain('TRIGGER:-P1D\r\n');
  expect(file).toContain('SUMMARY:Laatste dag\\; bevestig\\, nu\r\n');
});

test('every line ends with CRLF and no line is longer than 75 octets', () => {
  expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of file.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(file.replace(/\r\n/g, '')).not.toContain('\n');
});
