import { expect, test } from 'vitest';
import { namespaceOf, resources } from '../../src/lib/locale-resources';
import { producedErrorKeys } from '../support/error-corpus';

// The other way round (every error text can be given) is the translation check's "unused key":
// it counts these keys as used, and no others that no code writes out.
test('every error a form or the API can give has a text, in the file of its feature', () => {
  const missing = [...producedErrorKeys()].filter((key) => !(key in resources.nl[namespaceOf(key)]));
  expect(missing).toEqual([]);
});
