import { expect, test } from 'vitest';
import { REFERENCE_ALPHABET, groupedReference, newReference, referenceOf } from './reference';

test('a new reference has 10 characters nobody mixes up, and they differ', () => {
  const references = new Set(Array.from({ length: 1000 }, newReference));
  expect(references.size).toBe(1000);
  for (const reference of references) {
    expect(reference).toHaveLength(10);
    for (const char of reference) expect(REFERENCE_ALPHABET).toContain(char);
  }
  expect(REFERENCE_ALPHABET).not.toMatch(/[0O1IL5S8B]/);
});

test('a reference reads aloud in groups of 3, 3 and 4, and is found again however it is typed', () => {
  expect(groupedReference('K7PMQ3XT9R')).toBe('K7P-MQ3-XT9R');
  expect(referenceOf(' k7p-mq3 xt9r ')).toBe('K7PMQ3XT9R');
  expect(referenceOf('K7P-MQ3-XT9')).toBeNull();
  expect(referenceOf('O7P-MQ3-XT9R')).toBeNull();
  expect(referenceOf(42)).toBeNull();
  expect(referenceOf('x'.repeat(1000))).toBeNull();
});
