import { daysBetween } from '../../../lib/dates';
import type { Letter } from './types';

export interface DossierDeadline {
  kind: Letter['kind'];
  deadline: string;
  daysLeft: number;
}

/**
 * The deadline of the latest letter that has one, and the days left from `today`;
 * null when no letter sets a deadline.
 * @example dossierDeadline([{ kind: 'first', sentOn: '2026-03-01', deadline: '2026-03-31' }], '2026-03-21')
 * // { kind: 'first', deadline: '2026-03-31', daysLeft: 10 }
 */
export function dossierDeadline(letters: readonly Letter[], today: string): DossierDeadline | null {
  const latest = letters
    .filter((letter): letter is Letter & { deadline: string } => letter.deadline !== null)
    .toSorted((a, b) => a.sentOn.localeCompare(b.sentOn))
    .at(-1);
  if (!latest) return null;
  return { kind: latest.kind, deadline: latest.deadline, daysLeft: daysBetween(today, latest.deadline) };
}
