import rules from '../../../../content/data/deadline-rules.json';
import { addDays, daysBetween } from '../../../lib/dates';

export const LETTER_KINDS = ['first', 'reminder', 'yearly'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface Deadline {
  letter: string;
  kind: LetterKind;
  deadline: string;
  daysLeft: number;
}

/** The periods come from content/data/deadline-rules.json, never from code. */
export const LETTER_DAYS: Record<LetterKind, number> = rules.letterDays;
export const APPEAL_DAYS: number = rules.appealDays;
export const PIN_WAIT_DAYS: { min: number; max: number } = rules.pinCodeWaitDays;

/**
 * The last day to react to a letter, and how many days are left from `today`.
 * @example computeDeadline('2024-03-18', 'first', '2024-04-10') // { deadline: '2024-04-17', daysLeft: 7, ... }
 */
export function computeDeadline(letter: string, kind: LetterKind, today: string): Deadline {
  const deadline = addDays(letter, LETTER_DAYS[kind]);
  return { letter, kind, deadline, daysLeft: daysBetween(today, deadline) };
}

export type PinAdvice = 'enough-time' | 'maybe-too-late' | 'too-late';

/**
 * Compares the wait for new PIN and PUK codes with the days left before the deadline.
 * @example pinAdvice(30) // 'enough-time'
 */
export function pinAdvice(daysLeft: number): PinAdvice {
  if (daysLeft > PIN_WAIT_DAYS.max) return 'enough-time';
  if (daysLeft > PIN_WAIT_DAYS.min) return 'maybe-too-late';
  return 'too-late';
}
