import { readdirSync } from 'node:fs';
import path from 'node:path';
import { addDays, todayInBelgium } from '../../src/lib/dates';
import { LANGUAGES } from '../../src/lib/languages';

const DIST = path.resolve('dist');

/** Every built HTML page as a site path ("/nl/deadline/"), read from dist/ after `npm run build`. */
export function staticPages(): string[] {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, '')).sort();
}

/** Pages rendered by functions at a GET address, including their error states, in every language. */
export function dynamicPages(): string[] {
  const soon = addDays(todayInBelgium(), -20);
  return LANGUAGES.flatMap((lang) => [
    `/${lang}/status/`,
    `/api/deadline?letter=2024-03-18&kind=first&lang=${lang}`,
    `/api/deadline?letter=${soon}&kind=first&lang=${lang}`,
    `/api/deadline?letter=2024-02-30&kind=&lang=${lang}`,
    `/api/help?q=9000&lang=${lang}`,
    `/api/help?q=Atlantis&lang=${lang}`,
    `/api/help?q=${'a'.repeat(61)}&lang=${lang}`,
  ]);
}

/** A form filled in and sent from a page: the page that comes back is checked too. */
export interface FormState {
  name: string;
  path: string;
  values: Record<string, string>;
}

const person = { fullName: 'Amina Test', address: 'Voorbeeldstraat 1, 9000 Gent', housingCompany: 'WM Gent' };

/** Every posted form's answer and error state, in every language. */
export function formStates(): FormState[] {
  return LANGUAGES.flatMap((lang) => [
    { name: `${lang} proxy letter errors`, path: `/${lang}/login/no-login/`, values: {} },
    { name: `${lang} proxy letter`, path: `/${lang}/login/no-login/`, values: { ...person, 'reason-other': 'on' } },
    { name: `${lang} appeal letter errors`, path: `/${lang}/struck-off/`, values: { noticeDate: '31-02-2024' } },
    {
      name: `${lang} appeal letter`,
      path: `/${lang}/struck-off/`,
      values: { ...person, noticeDate: '2024-05-02', reason: 'Ik kreeg de brief niet.' },
    },
  ]);
}

/**
 * Runs in the page: fills the fields by id (a key naming a radio's id checks it) and sends the
 * form of the first field, or the page's last form when there are no values.
 */
export function fillAndSubmit(values: Record<string, string>): void {
  let form: HTMLFormElement | null = null;
  for (const [id, value] of Object.entries(values)) {
    const field = document.getElementById(id) as HTMLInputElement | null;
    if (!field) throw new Error(`no field ${id}`);
    if (field.type === 'radio' || field.type === 'checkbox') field.checked = true;
    else field.value = value;
    form ??= field.form;
  }
  form ??= document.querySelector('main form:last-of-type');
  form?.submit();
}

/** The HTML file in dist/ for a site path. */
export function distFile(sitePath: string): string {
  return path.join(DIST, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}
