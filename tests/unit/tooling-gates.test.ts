import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { expect, test } from 'vitest';

// npm test runs ESLint with zero warnings and Prettier --check over the project; these show that
// both gates really refuse a broken file with the project's own configuration.

test('ESLint refuses unused code and a console.log that could leak personal data', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText('const unused = 1;\nconsole.log(document.cookie);\n', {
    filePath: 'src/platform/broken-fixture.ts',
  });
  const rules = result?.messages.map((m) => m.ruleId);
  expect(rules).toContain('@typescript-eslint/no-unused-vars');
  expect(rules).toContain('no-console');
});

test('ESLint refuses an import that points the wrong way: a view that reaches the database or the server', async () => {
  const eslint = new ESLint();
  const view = [
    "import { db } from '../../../platform/db/db';",
    "import pg from 'pg';",
    "import { getSession } from '../../auth/session';",
    'export const reaches = [db, pg, getSession];',
    '',
  ].join('\n');
  const [result] = await eslint.lintText(view, { filePath: 'src/features/dossier/views/BrokenFixture.tsx' });
  const refused = result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  expect(refused).toEqual(expect.arrayContaining([1, 2, 3]));
  const [lib] = await eslint.lintText(
    "import { respond } from '../platform/http/respond';\nexport const r = respond;\n",
    {
      filePath: 'src/lib/broken-fixture.ts',
    },
  );
  expect(lib?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
});

test('ESLint refuses a view handed a translate function instead of its language', async () => {
  const eslint = new ESLint();
  const view = "import { getT } from '../../../lib/i18n';\nexport const Page = () => <Note t={getT('nl')} />;\n";
  const [result] = await eslint.lintText(view, { filePath: 'src/features/dossier/views/BrokenFixture.tsx' });
  expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
});

test('Prettier refuses a file that is not formatted', async () => {
  const options = (await prettier.resolveConfig('src/lib/dates.ts')) ?? {};
  const messy = 'export const  x = {a:1,\n b:"two"}';
  expect(await prettier.check(messy, { ...options, filepath: 'src/lib/broken-fixture.ts' })).toBe(false);
  expect(
    await prettier.check("export const x = { a: 1, b: 'two' };\n", { ...options, filepath: 'src/lib/ok.ts' }),
  ).toBe(true);
});
