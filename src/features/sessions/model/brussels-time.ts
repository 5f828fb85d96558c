import { BELGIAN_TIME_ZONE } from '../../../lib/dates';
import { dateTimeFormat } from '../../../lib/formatters';

const PARTS = {
  timeZone: BELGIAN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
} as const;

/**
 * The date and time in Belgium of a moment.
 * @example belgianParts(new Date('2026-12-10T13:00:00Z')) // { date: '2026-12-10', time: '14:00' }
 */
export function belgianParts(moment: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    dateTimeFormat('en-GB', PARTS)
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

const asUtc = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);

/**
 * The moment of a date and time on a clock in Belgium (winter +1, summer +2).
 * @example belgianMoment('2026-07-10', '14:00').toISOString() // '2026-07-10T12:00:00.000Z'
 */
export function belgianMoment(date: string, time: string): Date {
  const wanted = asUtc(date, time);
  let guess = wanted;
  // Twice: the offset at the first guess can differ from the offset at the answer near a change.
  for (let i = 0; i < 2; i++) {
    const shown = belgianParts(new Date(guess));
    guess += wanted - asUtc(shown.date, shown.time);
  }
  return new Date(guess);
}
