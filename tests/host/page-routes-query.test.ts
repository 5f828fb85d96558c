import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CITIZEN } from '../../dev/seed/candidates';
import { SEED_SESSION } from '../../dev/seed/help-sessions';
import { usePlatform } from '../support/in-process';
import { logInAs, type Citizen } from '../support/login';

const request = usePlatform();
let sarah: Citizen;

beforeAll(async () => {
  sarah = await logInAs(request, CITIZEN.sarah.nationalNumber);
});

const FUNCTIONS = path.resolve(import.meta.dirname, '../../functions');

/** Every page a function renders: each `config.path` that starts with a language, filled in. */
const pageRoutes = readdirSync(FUNCTIONS)
  .filter((file) => file.endsWith('.mts'))
  .flatMap((file) => [...readFileSync(path.join(FUNCTIONS, file), 'utf8').matchAll(/path: '(\/:lang\/[^']*)'/g)])
  .map((match) => match[1]!.replace(':lang', 'nl').replace(':section', 'income').replace(':id', SEED_SESSION.later));

/** The parts of an answer a person notices: its status, where it sends them, its title. */
async function seen(response: Response) {
  const html = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location'),
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
  };
}

test('every page route of the functions is in the table', () => {
  expect(pageRoutes).toEqual(
    expect.arrayContaining(['/nl/status', '/nl/dossier', '/nl/dossier/income', '/nl/dossier/income/change']),
  );
  expect(pageRoutes.length).toBeGreaterThanOrEqual(6);
});

describe.each(pageRoutes)('%s with a query', (route) => {
  test.each([`${route}?x=1`, `${route}/?x=1`, `${route}/?from=sms&utm=1`])('%s is no 404', async (address) => {
    expect((await request(address)).status).not.toBe(404);
  });

  test.each([`${route}?x=1`, `${route}/?x=1`])('%s logged in answers as without the query', async (address) => {
    expect(await seen(await sarah.get(address))).toEqual(await seen(await sarah.get(`${route}/`)));
  });
});

test('an unknown language is still a 404, with or without a query', async () => {
  for (const address of ['/xx/status/?x=1', '/xx/status?x=1', '/xx/dossier/?x=1']) {
    expect((await request(address)).status).toBe(404);
  }
});
