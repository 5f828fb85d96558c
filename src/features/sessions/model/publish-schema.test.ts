import { expect, test } from 'vitest';
import { toFieldErrors } from '../../../lib/validation/issues';
import { publishSchema, timeOf } from './publish-schema';
import { bookingSchema } from './booking-schema';

const TODAY = '2026-12-03';
const ok = {
  place: 'Bibliotheek De Krook',
  address: 'Miriam Makebaplein 1',
  postcode: '9000',
  municipality: 'Gent',
  date: '10/12/2026',
  startTime: '14h00',
  endTime: '16.30',
  places: '12',
  languages: ['nl', 'ar'],
};
const errors = (values: Record<string, unknown>) => {
  const parsed = publishSchema(TODAY).safeParse({ ...ok, ...values });
  return parsed.success ? [] : toFieldErrors('staffSessions.publish', parsed.error).map((e) => e.key);
};

test('a session form reads the dates and times staff type', () => {
  expect(publishSchema(TODAY).parse(ok)).toMatchObject({
    date: '2026-12-10',
    startTime: '14:00',
    endTime: '16:30',
    places: 12,
  });
  expect(timeOf('9:05')).toBe('09:05');
  expect(timeOf('24:00')).toBeNull();
});

test('a session is refused in the past, over a year ahead, ending before it starts, with 0 or 201 places, or no language', () => {
  expect(errors({ date: '02/12/2026' })).toEqual(['staffSessions.publish.date.past']);
  expect(errors({ date: '2027-12-04' })).toEqual(['staffSessions.publish.date.tooFar']);
  expect(errors({ endTime: '13:59' })).toEqual(['staffSessions.publish.endTime.beforeStart']);
  expect(errors({ places: '0' })).toEqual(['staffSessions.publish.places.range']);
  expect(errors({ places: '201' })).toEqual(['staffSessions.publish.places.range']);
  expect(errors({ languages: [] })).toEqual(['staffSessions.publish.languages.required']);
  expect(errors({ postcode: '0999' })).toEqual(['staffSessions.publish.postcode.invalid']);
});

test('a phone number is digits with the usual signs, 9 to 15 digits', () => {
  const phone = (value: string) => bookingSchema.safeParse({ firstName: 'Amina', phone: value }).success;
  expect(phone('+32 (0)470/12.34-56')).toBe(true);
  expect(phone('0470 12 34')).toBe(false);
  expect(phone('0470 CALL ME')).toBe(false);
  expect(phone('1234567890123456')).toBe(false);
});
