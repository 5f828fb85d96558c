import { describe, expect, test } from 'vitest';
import { dossierDeadline } from './deadline';
import { formatDateTime } from '../../../lib/date-time';

describe('the deadline at the top of the dossier', () => {
  test('comes from the latest letter that has a deadline', () => {
    const letters = [
      { kind: 'first' as const, sentOn: '2026-03-01', deadline: '2026-03-31' },
      { kind: 'reminder' as const, sentOn: '2026-04-02', deadline: '2026-04-17' },
      { kind: 'yearly' as const, sentOn: '2025-01-01', deadline: null },
    ];
    expect(dossierDeadline(letters, '2026-04-10')).toEqual({ kind: 'reminder', deadline: '2026-04-17', daysLeft: 7 });
  });

  test('is absent without a letter that sets one, and negative once passed', () => {
    expect(dossierDeadline([], '2026-04-10')).toBeNull();
    const passed = dossierDeadline([{ kind: 'first', sentOn: '2026-01-01', deadline: '2026-01-31' }], '2026-02-03');
    expect(passed?.daysLeft).toBe(-3);
  });

  test('a confirmation late in the evening is dated that day in Belgium', () => {
    expect(formatDateTime('2026-03-18T22:30:00Z', 'nl')).toBe('18 maart 2026 om 23:30');
    expect(formatDateTime('2026-07-18T22:30:00Z', 'nl')).toBe('19 juli 2026 om 00:30');
  });
});
