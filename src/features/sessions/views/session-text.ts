import { dateTimeFormat } from '../../../lib/formatters';
import type { Lang } from '../../../lib/languages';

/**
 * A session's date with its weekday, in the reader's language.
 * @example sessionDate('2026-12-10', 'nl') // 'donderdag 10 december 2026'
 */
export const sessionDate = (date: string, lang: Lang) =>
  dateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** The address of a session's page. */
export const sessionHref = (lang: Lang, id: string) => `/${lang}/help-near-me/sessions/${id}/`;

/** The address of the calendar file: the session only, nothing about who booked. */
export const calendarHref = (id: string, lang: Lang) => `/api/help-sessions/${id}/calendar.ics?lang=${lang}`;
