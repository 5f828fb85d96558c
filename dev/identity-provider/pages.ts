import { createHash } from 'node:crypto';
import type { Citizen } from './citizens';
import { TEST_STAFF } from '../seed/staff';

/** The two ways the government login page (ACM/IDM) offers for this service. */
export const METHODS = { itsme: 'itsme', eid: 'eID met kaartlezer' } as const;
export type Method = keyof typeof METHODS;

const css = `body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b}
.bar{background:#ffe615;padding:.5rem 1rem;margin:0;font-weight:700}
main{max-inline-size:40rem;margin:auto;padding:1rem}
a,button{display:inline-flex;align-items:center;min-block-size:44px;font:inherit}
.way{display:flex;inline-size:100%;padding:.75rem 1rem;margin-block:.5rem;border:2px solid #1b1b1b;border-radius:.25rem;color:#1b1b1b;font-weight:700;text-decoration:none}
button{padding:.5rem 1.25rem;border:0;border-radius:.25rem;background:#0b3f7a;color:#fff;font-weight:700;cursor:pointer}
button.quiet{background:#f3f2f1;color:#1b1b1b;border:2px solid #6b6b6b}
ul{list-style:none;padding:0}
fieldset{border:0;padding:0;margin:0}legend{font-weight:700;margin-block:1rem .5rem}
.choice{display:flex;align-items:flex-start;gap:.5rem;padding-block:.5rem;border-block-end:1px solid #6b6b6b}
.choice input{inline-size:1.5rem;block-size:1.5rem;margin-block-start:.2rem;flex-shrink:0}
.story{display:block;color:#4a4a4a}.error{color:#b3261e;font-weight:700}
:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #ffbf47}`;

/** Inline styles only, allowed by hash; no script at all. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; base-uri 'none'; frame-ancestors 'none'`;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} – Aanmelden bij de overheid (test)</title><style>${css}</style></head><body><header><p class="bar">Testomgeving: dit is niet de echte aanmeldpagina van de overheid.</p></header><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

const cancelForm = (uid: string) =>
  `<form method="post" action="/interaction/${uid}/abort"><button type="submit" class="quiet">Stoppen en terug naar de website</button></form>`;

/** Step 1, as on the government page: choose how you log in. */
export function chooseMethodPage(uid: string): string {
  const ways = Object.entries(METHODS)
    .map(
      ([method, label]) => `<li><a class="way" href="/interaction/${uid}/citizen?method=${method}">${label}</a></li>`,
    )
    .join('');
  return page(
    'Kies hoe je aanmeldt',
    `<p>Je meldt je aan bij <strong>Blijf ingeschreven</strong>.</p><ul>${ways}</ul>${cancelForm(uid)}`,
  );
}

/** Step 2, instead of the real app or card reader: choose which test citizen you are. */
export function chooseCitizenPage(uid: string, method: Method, citizens: readonly Citizen[], error = false): string {
  const choices = citizens
    .map(
      (c, i) =>
        `<div class="choice"><input type="radio" id="citizen-${i}" name="citizen" value="${c.nationalNumber}"><label for="citizen-${i}">${escape(`${c.givenName} ${c.familyName}`)} (${c.birthDate})<span class="story">${escape(c.story)}</span></label></div>`,
    )
    .join('');
  const staff = TEST_STAFF.map(
    (s, i) =>
      `<div class="choice"><input type="radio" id="staff-${i}" name="citizen" value="${s.id}"><label for="staff-${i}">${escape(`${s.givenName} ${s.familyName}`)} (${s.id})<span class="story">${escape(s.story)}</span></label></div>`,
  ).join('');
  const message = error ? '<p class="error" id="citizen-error">Kies een testburger.</p>' : '';
  return page(
    `Aanmelden met ${METHODS[method]}`,
    `<p>Op de echte pagina gebruik je nu ${method === 'itsme' ? 'de app itsme op je gsm' : 'je eID, je kaartlezer en je pincode'}. Hier kies je een testburger.</p>
<form method="post" action="/interaction/${uid}/login"><input type="hidden" name="method" value="${method}">
<fieldset${error ? ' aria-describedby="citizen-error"' : ''}><legend>Als wie meld je je aan?</legend>${message}${choices}</fieldset>
<fieldset><legend>Of als medewerker of helper</legend>${staff}</fieldset>
<p><button type="submit">Aanmelden</button></p></form>
<p><a href="/interaction/${uid}">Een andere manier kiezen</a></p>${cancelForm(uid)}`,
  );
}

/** An interaction that ended or never was (old tab, restarted provider). */
export function expiredPage(home: string): string {
  return page(
    'Deze aanmelding is verlopen',
    `<p>Begin opnieuw op de website.</p><p><a href="${escape(home)}">Terug naar Blijf ingeschreven</a></p>`,
  );
}
