import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, parseDate } from '../../../lib/dates';
import { computeDeadline, pinAdvice } from './deadlines';

describe('the deadline calculator', () => {
  test('a first letter of 18 March 2024 ends on 17 April 2024', () => {
    expect(computeDeadline('2024-03-18', 'first', '2024-04-10')).toEqual({
      letter: '2024-03-18',
      kind: 'first',
      deadline: '2024-04-17',
      daysLeft: 7,
    });
  });

  test('a reminder gives 15 days and a yearly letter 30, counting weekends and leap days', () => {
    expect(computeDeadline('2024-02-20', 'reminder', '2024-02-20').deadline).toBe('2024-03-06');
    expect(computeDeadline('2024-02-15', 'yearly', '2024-02-15').deadline).toBe('2024-03-16');
  });

  test('days left become negative once the last day has passed', () => {
    expect(computeDeadline('2024-03-18', 'first', '2024-04-18').daysLeft).toBe(-1);
    expect(daysBetween('2024-04-17', '2024-04-17')).toBe(0);
  });

  test('crossing the change to summer time does not lose a day', () => {
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
  });
});

describe('reading a date as people type it', () => {
  test.each([
    ['2024-03-18', '2024-03-18'],
    ['18/03/2024', '2024-03-18'],
    ['18-3-2024', '2024-03-18'],
    [' 18.03.2024 ', '2024-03-18'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', 'impossible'],
    ['31/04/2024', 'impossible'],
    ['2024-13-01', 'impossible'],
    ['gisteren', 'invalid'],
    ['18 maart 2024', 'invalid'],
    ['', 'invalid'],
  ])('"%s" reads as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('advice for a forgotten PIN compares the wait with the days left', () => {
  test.each([
    [30, 'enough-time'],
    [22, 'enough-time'],
    [21, 'maybe-too-late'],
    [4, 'maybe-too-late'],
    [3, 'too-late'],
    [-5, 'too-late'],
  ])('%i days left: %s', (days, advice) => {
    expect(pinAdvice(days)).toBe(advice);
  });
});
