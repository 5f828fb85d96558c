import { describe, expect, test } from 'vitest';
import { TEST_CITIZENS } from '../../dev/seed/candidates';
import { generatedDossiers } from '../../dev/seed/generated';
import { COMPANY_A, COMPANY_B } from '../../dev/seed/staff';
import { daysBetween } from '../../src/lib/dates';
import { isValidNationalNumber } from '../../src/lib/national-number';

const today = '2026-12-02';
const a = generatedDossiers(today, { count: 180, company: COMPANY_A, seed: 1 });
const b = generatedDossiers(today, { count: 120, company: COMPANY_B, seed: 2 });
const bench = generatedDossiers(today, { count: 5000, company: 'Woonmaatschappij Benchmark', seed: 9 });

/** The deadline of the latest letter that has one, as the list sorts on. */
const deadlineOf = (d: (typeof a)[number]) => d.letters.filter((l) => l.deadline).at(-1)?.deadline ?? null;

describe('generated candidates', () => {
  test('the same input gives the same candidates', () => {
    expect(generatedDossiers(today, { count: 180, company: COMPANY_A, seed: 1 })).toEqual(a);
  });

  test('national numbers are valid, unique across companies and the benchmark, and none is a test citizen', () => {
    const all = [...a, ...b, ...bench].map((d) => d.nationalNumber);
    expect(all.every(isValidNationalNumber)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    const citizens = new Set(TEST_CITIZENS.map((c) => c.nationalNumber));
    expect(all.filter((n) => citizens.has(n))).toEqual([]);
    const references = [...a, ...b, ...bench].map((d) => d.reference);
    expect(new Set(references).size).toBe(references.length);
  });

  test('company A has candidates at risk, never logged in, past the deadline, confirmed and struck off', () => {
    const open = a.filter((d) => d.status === 'open');
    const daysLeft = (d: (typeof a)[number]) => daysBetween(today, deadlineOf(d) ?? today);
    expect(open.filter((d) => daysLeft(d) >= 0 && daysLeft(d) <= 10).length).toBeGreaterThanOrEqual(20);
    expect(open.filter((d) => daysLeft(d) < 0).length).toBeGreaterThan(3);
    expect(a.filter((d) => d.lastLoginAt === null).length).toBeGreaterThan(30);
    expect(a.filter((d) => d.status === 'confirmed').length).toBeGreaterThan(20);
    expect(a.filter((d) => d.strikeOff).length).toBeGreaterThan(5);
  });
});
