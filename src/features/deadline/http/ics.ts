import { foldIcsLine as fold, icsText as escape } from '../../../lib/ics-text';
interface CalendarEvent {
  uid: string;
  date: string; // YYYY-MM-DD, an all-day event
  summary: string;
  description: string;
  alarmsDaysBefore: number[];
}

const compact = (isoDate: string) => isoDate.replaceAll('-', '');

/** A calendar file with one all-day event and its reminders. */
export function calendarFile(event: CalendarEvent, now = new Date()): string {
  const next = new Date(Date.parse(`${event.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const alarms = event.alarmsDaysBefore.flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(event.summary)}`,
    `TRIGGER:-P${days}D`,
    'END:VALARM',
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Blijf ingeschreven//Deadline//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(event.date)}`,
    `DTEND;VALUE=DATE:${compact(next)}`,
    `SUMMARY:${escape(event.summary)}`,
    `DESCRIPTION:${escape(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
