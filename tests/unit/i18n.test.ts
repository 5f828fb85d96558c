import { describe, expect, test } from 'vitest';
import { auditLocales, readSource } from '../support/i18n-audit';

describe('translations', () => {
  test('every language has every key, with the same placeholders, and every key is used', () => {
    expect(auditLocales('locales', readSource())).toEqual([]);
  });

  test('the check catches a missing key, an unused key and placeholders that differ', () => {
    const source = `t('used.key'); t('only.in.dutch')`;
    expect(auditLocales('tests/fixtures/locales-broken', source).sort()).toEqual(
      [
        'unused key common:never.used',
        'fr: missing key common:only.in.dutch',
        'fr: placeholders of common:used.key differ from nl',
        'fr: key common:extra.key is not in nl',
      ].sort(),
    );
  });
});
