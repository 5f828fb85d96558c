import { describe, expect, test } from 'vitest';
import { producedErrorKeys } from '../support/error-corpus';
import { auditLocales, readSource } from '../support/i18n-audit';

describe('translations', () => {
  test('every language has every key, with the same placeholders, in its feature file, and every key is used', () => {
    expect(auditLocales('locales', readSource(), { chosenByCode: producedErrorKeys() })).toEqual([]);
  });

  test('the check catches a missing key, an unused key, placeholders that differ and a key in the wrong file', () => {
    const source = `t('used.key'); t('only.in.dutch'); t('dossier.misplaced')`;
    expect(auditLocales('tests/fixtures/locales-broken', source).sort()).toEqual(
      [
        'unused key common:never.used',
        'fr: missing key common:only.in.dutch',
        'fr: placeholders of common:used.key differ from nl',
        'fr: key common:extra.key is not in nl',
        'key common:dossier.misplaced belongs in dossier.json',
      ].sort(),
    );
  });
});
