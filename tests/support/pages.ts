import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CITIZEN } from '../../dev/seed/candidates';
import { addDays, todayInBelgium } from '../../src/lib/dates';
import { EDITABLE_SECTIONS } from '../../src/features/dossier/model/sections';
import { SECTIONS } from '../../src/features/dossier/model/types';
import { LANGUAGES } from '../../src/lib/languages';
import { SEED_SESSION } from '../../dev/seed/help-sessions';

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
    `/api/deadline?letter-day=1&letter-month=3&letter-year=24&kind=first&lang=${lang}`,
    `/api/help?q=9000&lang=${lang}`,
    `/api/help?q=Atlantis&lang=${lang}`,
    `/api/help?q=${'a'.repeat(61)}&lang=${lang}`,
    `/${lang}/help-near-me/sessions/${SEED_SESSION.later}/`,
    `/${lang}/help-near-me/sessions/${SEED_SESSION.full}/`,
    `/${lang}/help-near-me/cancel/`,
  ]).concat([
    // A login callback without a login attempt: the page that explains a failed login (in the browser's language).
    '/api/auth/callback?code=none&state=none',
  ]);
}

/** A form filled in and sent from a page: the page that comes back is checked too. */
export interface FormState {
  name: string;
  path: string;
  values: Record<string, string>;
  /** The HTTP status the answer must have, where the state is an error page. */
  status?: number;
}

const person = { fullName: 'Amina Test', address: 'Voorbeeldstraat 1, 9000 Gent', housingCompany: 'WM Gent' };

/** Every posted form's answer and error state, in every language. */
export function formStates(): FormState[] {
  return LANGUAGES.flatMap((lang) => [
    {
      name: `${lang} help session booking errors`,
      path: `/${lang}/help-near-me/sessions/${SEED_SESSION.later}/`,
      values: { firstName: '', phone: '12' },
      status: 400,
    },
    {
      name: `${lang} help session cancel, unknown reference`,
      path: `/${lang}/help-near-me/cancel/`,
      values: { reference: 'AAA-AAA-AAAA' },
      status: 404,
    },
    { name: `${lang} proxy letter errors`, path: `/${lang}/login/no-login/`, values: {} },
    { name: `${lang} proxy letter`, path: `/${lang}/login/no-login/`, values: { ...person, 'reason-other': 'on' } },
    {
      name: `${lang} appeal letter errors`,
      path: `/${lang}/struck-off/`,
      values: { 'noticeDate-day': '31', 'noticeDate-month': '2', 'noticeDate-year': '2024' },
    },
    {
      name: `${lang} appeal letter`,
      path: `/${lang}/struck-off/`,
      values: {
        ...person,
        'noticeDate-day': '2',
        'noticeDate-month': '5',
        'noticeDate-year': '2024',
        reason: 'Ik kreeg de brief niet.',
      },
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

/**
 * The person the accessibility gate logs in as (tests/support/login.ts logInBrowser): confirmed,
 * every part checked, so every dossier page exists, and no audited state changes the dossier.
 */
export const DOSSIER_AUDIT_CITIZEN = CITIZEN.marieClaire.nationalNumber;

/** Every dossier page at a GET address, in every language, for a logged-in browser. */
export function dossierPages(): string[] {
  return LANGUAGES.flatMap((lang) => [
    `/${lang}/dossier/`,
    ...SECTIONS.map((section) => `/${lang}/dossier/${section}/`),
    ...EDITABLE_SECTIONS.map((section) => `/${lang}/dossier/${section}/change/`),
    `/${lang}/dossier/check/`,
    `/${lang}/dossier/confirmed/`,
    `/${lang}/dossier/unknown/`,
  ]);
}

/**
 * The dossier forms' error states, in every language: each change form with a wrong value
 * (400), a save and a confirmation over a version that is not the current one (409). None of
 * them changes the dossier.
 */
export function dossierFormStates(): FormState[] {
  const wrong: Record<string, Record<string, string>> = {
    personal: { email: 'not an address', phone: '12' },
    income: { source: 'tax-assessment', taxYear: '1990', amount: 'a lot' },
    address: { postcode: '12', street: '' },
    choices: { municipalities: '' },
  };
  return LANGUAGES.flatMap((lang) => [
    ...Object.entries(wrong).map(([section, values]) => ({
      name: `${lang} ${section} change errors`,
      path: `/${lang}/dossier/${section}/change/`,
      values,
      status: 400,
    })),
    {
      name: `${lang} changed meanwhile`,
      path: `/${lang}/dossier/choices/change/`,
      values: { version: '999999' },
      status: 409,
    },
    {
      name: `${lang} confirm changed meanwhile`,
      path: `/${lang}/dossier/check/`,
      values: { version: '999999' },
      status: 409,
    },
  ]);
}
