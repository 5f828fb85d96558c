import { BELGIAN_TIME_ZONE, todayInBelgium } from './dates';
import { dateTimeFormat } from './formatters';
import { formatDate } from './i18n';
import type { Lang } from './languages';

/**
 * A moment (ISO timestamp) as date and time in Belgium, for reading in the given language.
 * @example formatDateTime('2026-03-18T13:05:00Z', 'nl') // '18 maart 2026 om 14:05'
 */
export function formatDateTime(iso: string, lang: Lang): string {
  return dateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: BELGIAN_TIME_ZONE,
  }).format(new Date(iso));
}

/**
 * The calendar day in Belgium of a moment (ISO timestamp), for reading in the given language.
 * @example formatDay('2026-03-18T23:30:00Z', 'nl') // '19 maart 2026'
 */
export function formatDay(iso: string, lang: Lang): string {
  return formatDate(todayInBelgium(new Date(iso)), lang);
}
