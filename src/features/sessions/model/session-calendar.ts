import { BELGIAN_TIME_ZONE } from '../../../lib/dates';
import type { HelpSession } from './types';
import { foldIcsLine as fold, icsText as escape } from '../../../lib/ics-text';

const local = (date: string, time: string) => `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;

/** Belgium's clock: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
const BRUSSELS_ZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${BELGIAN_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The session as a calendar file (RFC 5545) in Belgian time, with a reminder the day before.
 * It holds the session only: no name, phone or reference, so anyone may have it.
 * @example sessionCalendar(session, 'Hulpsessie', 'Breng mee: …').startsWith('BEGIN:VCALENDAR') // true
 */
export function sessionCalendar(session: HelpSession, summary: string, description: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Blijf ingeschreven//Hulpsessie//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...BRUSSELS_ZONE,
    'BEGIN:VEVENT',
    `UID:help-session-${session.id}@blijf-ingeschreven`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${BELGIAN_TIME_ZONE}:${local(session.date, session.time)}`,
    `DTEND;TZID=${BELGIAN_TIME_ZONE}:${local(session.date, session.endTime)}`,
    `SUMMARY:${escape(summary)}`,
    `LOCATION:${escape(`${session.place}, ${session.address}, ${session.postcode} ${session.municipality}`)}`,
    `DESCRIPTION:${escape(description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(summary)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
