import { expect, test } from 'vitest';
import { pathParams } from './path-params';

const at = (address: string) => new Request(`https://blijfingeschreven.be${address}`);

test('the language and the section come from the path, with or without a slash, whatever the query', () => {
  for (const address of [
    '/nl/dossier/income',
    '/nl/dossier/income/',
    '/nl/dossier/income?x=1',
    '/nl/dossier/income/?x=1',
  ]) {
    expect(pathParams(at(address), '/:lang/dossier/:section')).toEqual({ lang: 'nl', section: 'income' });
  }
  expect(pathParams(at('/nl/status/?utm=1'), '/:lang/status')).toEqual({ lang: 'nl' });
});

test('a path the route does not match has no parameters', () => {
  expect(pathParams(at('/nl/elders/'), '/:lang/status')).toEqual({});
  expect(pathParams(at('/nl/status/'), undefined)).toEqual({});
});

test('of several routes the first that matches gives the parameters', () => {
  expect(pathParams(at('/fr/b/'), ['/:lang/a', '/:lang/b'])).toEqual({ lang: 'fr' });
});
