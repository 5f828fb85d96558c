import { createHash } from 'node:crypto';
import { CITIZEN } from '../../dev/seed/candidates';
import { LANGUAGES, type Lang } from '../../src/lib/languages';
import { db } from '../../src/platform/db/db';

/**
 * The person the accessibility gates visit the dossier's refusals with (beside the audit
 * citizen, whose dossier no state may change): parts still to check, a confirmation of an older
 * version (see confirmedBeforeTheLastChange), a form sent twice with one key, a lapsed session.
 */
export const REFUSALS_AUDIT_CITIZEN = CITIZEN.ion.nationalNumber;

/** One state: the page to start from, what is done there, and the status of the page it ends on. */
export interface RefusalState {
  name: string;
  lang: Lang;
  path: string;
  act: 'look' | 'confirm' | 'reuseKey' | 'sendLate' | 'logInAgain';
  status: number;
}

/**
 * The refusals and the kept answers, in every language, in order: a state may build on the one
 * before it (the answers kept by "sendLate" come back after "logInAgain").
 */
export function refusalStates(): RefusalState[] {
  return LANGUAGES.flatMap((lang): RefusalState[] => {
    const change = `/${lang}/dossier/choices/change/`;
    return [
      {
        name: `${lang} confirmation of an older version`,
        path: `/${lang}/dossier/confirmed/`,
        lang,
        act: 'look',
        status: 200,
      },
      { name: `${lang} confirm while parts are open`, path: change, lang, act: 'confirm', status: 409 },
      { name: `${lang} one key, another answer`, path: change, lang, act: 'reuseKey', status: 422 },
      { name: `${lang} sent after the session lapsed`, path: change, lang, act: 'sendLate', status: 401 },
      { name: `${lang} kept answers after logging in again`, path: change, lang, act: 'logInAgain', status: 200 },
    ];
  });
}

/**
 * The fixture the "older version" state needs: a confirmation of the version before the
 * current one, as if the person confirmed and then changed something.
 */
export async function confirmedBeforeTheLastChange(nationalNumber: string): Promise<void> {
  await db().query(
    `WITH d AS (
       UPDATE dossiers SET version = version + 1
        WHERE candidate_id = (SELECT id FROM candidates WHERE national_number = $1)
        RETURNING id, version)
     INSERT INTO confirmations (id, dossier_id, reference, dossier_version, idempotency_key)
     SELECT gen_random_uuid(), d.id, 'BI-OLDER1', d.version - 1, gen_random_uuid()::text FROM d`,
    [nationalNumber],
  );
}

/** Lets the session of this cookie token lapse, as 31 minutes of doing nothing would. */
export async function lapseSession(token: string): Promise<void> {
  const idHash = createHash('sha256').update(token).digest('hex');
  await db().query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id_hash = $1`, [idHash]);
}

/** Runs in the page: sends "confirm" with the change form's token and version, whatever is open. */
export function confirmFromPage(): void {
  const change = document.querySelector<HTMLFormElement>('form[action="/api/dossier/save"]');
  if (!change) throw new Error('no change form on the page');
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/api/dossier/confirm';
  const fields: Record<string, string> = { idempotencyKey: crypto.randomUUID() };
  for (const name of ['csrf', 'version', 'lang']) {
    fields[name] = (change.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  }
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

/** Runs in the page: sends the change form as it is (saved), then again with one key and another answer. */
export async function reuseKeyFromPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[action="/api/dossier/save"]');
  if (!form) throw new Error('no change form on the page');
  const values = new URLSearchParams();
  for (const [name, value] of new FormData(form)) values.append(name, String(value));
  await fetch(form.action, { method: 'POST', body: values });
  const municipalities = form.elements.namedItem('municipalities') as HTMLTextAreaElement;
  municipalities.value = `${municipalities.value}\nGent`;
  form.submit();
}

/** Runs in the page: sends the change form as it is. */
export function sendFromPage(): void {
  document.querySelector<HTMLFormElement>('form[action="/api/dossier/save"]')?.submit();
}

/** What a gate's browser (Playwright or Puppeteer) does for a state; statuses of the pages reached. */
export interface StateDriver {
  goto(path: string): Promise<number | undefined>;
  /** Runs one of the functions above in the page and waits for the page it sends the browser to. */
  submit(inPage: () => unknown): Promise<number | undefined>;
  /** The value of this browser's session cookie. */
  sessionToken(): Promise<string>;
  logIn(lang: Lang, returnPath: string): Promise<void>;
}

/** Brings the browser into a state; answers the status of the page it shows then. */
export async function enterState(driver: StateDriver, { lang, path, act }: RefusalState): Promise<number | undefined> {
  if (act === 'logInAgain') {
    await driver.logIn(lang, path);
    return driver.goto(path);
  }
  const status = await driver.goto(path);
  if (act === 'look') return status;
  if (act === 'sendLate') await lapseSession(await driver.sessionToken());
  return driver.submit({ confirm: confirmFromPage, reuseKey: reuseKeyFromPage, sendLate: sendFromPage }[act]);
}
