import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
const RUNS = 10;
let pieter: Citizen;

beforeAll(async () => {
  pieter = await logInAs(request, CITIZEN.pieter.nationalNumber);
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('', '0', '-1', '1e9', 'income', 'household', '9'.repeat(30), '%00', '../'),
);
const field = fc.constantFrom(
  'section',
  'version',
  'idempotencyKey',
  'lang',
  'amount',
  'source',
  'taxYear',
  'postcode',
  'municipalities',
  'x',
);

describe('random forms never break a dossier function: always a 2xx, 3xx or 4xx, never a 5xx', () => {
  test.each(['/api/dossier/save', '/api/dossier/check', '/api/dossier/confirm'])(
    'POST %s as a logged-in person with random fields',
    async (path) => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(field, text, { maxKeys: 6 }), fc.boolean(), async (values, json) => {
          const response = await pieter.post(path, values, json ? { Accept: 'application/json' } : {});
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
