import { expect, test } from 'vitest';
import { belgianMoment, belgianParts } from './brussels-time';

test('a time on a Belgian clock is one hour ahead of UTC in winter and two in summer', () => {
  expect(belgianMoment('2026-12-10', '14:00').toISOString()).toBe('2026-12-10T13:00:00.000Z');
  expect(belgianMoment('2026-07-10', '14:00').toISOString()).toBe('2026-07-10T12:00:00.000Z');
});

test('the days the clocks change are read right on both sides of the change', () => {
  expect(belgianMoment('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
  expect(belgianMoment('2026-03-29', '04:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
  expect(belgianMoment('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
});

test('a moment reads back as the date and time it was made from, around midnight too', () => {
  for (const [date, time] of [
    ['2026-12-31', '23:30'],
    ['2027-01-01', '00:15'],
    ['2026-06-30', '00:00'],
  ] as const)
    expect(belgianParts(belgianMoment(date, time))).toEqual({ date, time });
});
