import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { measure, isPlainEnough } from '../../../../scripts/readability';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { nationalNumberFor } from '../../../lib/national-number';
import nlTexts from '../../../../locales/nl/documents.json';
import type { Dossier } from '../../dossier/model/index';
import { ACCEPT, REFUSAL_REASONS } from '../model/kinds';
import { REFUSAL_MESSAGES } from '../model/labels';
import { refusalField } from '../model/refusal-field';
import type { SentDocument } from '../model/types';
import { DocumentsPage, type DocumentsPageProps } from './DocumentsPage';

// A fictitious person: the page shows nothing of them, but a dossier has one.
const birthDate = '1990-04-12';
const person = { nationalNumber: nationalNumberFor(birthDate, 2), givenName: 'Test', familyName: 'Persoon', birthDate };
const dossier: Dossier = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'D-2026-0001',
  housingCompany: 'Woonmaatschappij Test',
  registrationDate: '2021-03-01',
  status: 'open',
  version: 3,
  dataIssues: [],
  person: { ...person, phone: null, email: null, preferredLang: 'nl' },
  household: [],
  income: { source: 'tax-assessment', taxYear: 2024, amountCents: 1_825_000 },
  housing: {
    street: 'Teststraat 1',
    postcode: '9000',
    municipality: 'Gent',
    register: 'population',
    situation: 'private-rent',
  },
  choices: { municipalities: ['Gent'], homeType: 'flat' },
  letters: [],
  documents: [],
  sections: {
    personal: { state: 'checked', changedFields: [] },
    household: { state: 'checked', changedFields: [] },
    income: { state: 'checked', changedFields: [] },
    address: { state: 'checked', changedFields: [] },
    choices: { state: 'checked', changedFields: [] },
    documents: { state: 'to-check', changedFields: [] },
  },
  confirmation: null,
  helpers: [],
};

const payslip: SentDocument = {
  id: '11111111-1111-4111-8111-111111111111',
  displayName: 'loonbrief maart.pdf',
  kind: 'income-proof',
  contentType: 'application/pdf',
  sizeBytes: 2_621_440,
  status: 'quarantined',
  uploadedAt: '2026-03-18T13:05:00Z',
};

const page = (lang: Lang, changes: Partial<DocumentsPageProps> = {}) =>
  renderToString(
    h(DocumentsPage, {
      lang,
      dossier,
      asked: [],
      sent: [],
      canChange: true,
      csrf: 'csrf-token-1',
      idempotencyKey: 'key-1',
      notice: null,
      refusal: null,
      chosenKind: null,
      ...changes,
    }),
  );

/** A text as Preact escapes it in the page. */
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** How often a text is shown in the page, leaving out the words the form keeps for its script. */
const shown = (html: string, text: string) =>
  html.replace(/ data-text-[a-z-]+="[^"]*"/g, '').split(escaped(text)).length - 1;

describe('the documents page', () => {
  const t = getT('nl');

  test('empty: says nothing is asked or sent, and offers the form, the progress and "This is right"', () => {
    const html = page('nl');
    expect(html).toContain(t('documents.asked.none'));
    expect(html).toContain(t('documents.sent.none'));
    expect(html).toContain('<form method="post" action="/api/documents" enctype="multipart/form-data"');
    expect(html).toContain(`<input type="file" id="file" name="file" accept="${ACCEPT}"`);
    expect(html).toContain('aria-describedby="file-hint"');
    expect(html).toMatch(/<input type="radio" id="kind" name="kind" value="tax-assessment"/);
    expect(html).toContain('<legend>Wat bewijst dit bestand?</legend>');
    expect(html).toContain('<progress id="upload-progress" max="100" value="0" hidden');
    expect(html).toContain('<label for="upload-progress" id="upload-progress-label" hidden');
    expect(html).toContain('<p id="upload-status" role="status" aria-live="polite"></p>');
    expect(html).toContain('<script src="/upload.js" defer></script>');
    expect(html).toContain('name="section" value="documents"');
    expect(html).toContain('href="/nl/dossier/"');
    for (const hidden of [
      'name="csrf" value="csrf-token-1"',
      'name="lang" value="nl"',
      'name="idempotencyKey" value="key-1"',
    ]) {
      expect(html).toContain(hidden);
    }
    expect(html).not.toContain('class="error-summary"');
  });

  test("the form carries the script's words in the page's language, none of them empty", () => {
    const html = page('nl');
    const attributes = [...html.matchAll(/data-text-[a-z-]+="([^"]*)"/g)].map((m) => m[1]);
    expect(attributes.length).toBe(12);
    expect(attributes.every((text) => (text ?? '').length > 0)).toBe(true);
    expect(html).toContain(`data-text-half="${t('documents.script.half')}"`);
    expect(html).toContain('data-done-url="/nl/dossier/documents/?sent=1"');
    expect(html).toMatch(/<form [^>]*data-upload[ >]/);
  });

  test('asked kinds come first in the radios, with how many files prove them; the chosen kind is checked', () => {
    const html = page('nl', {
      asked: [
        { kind: 'proxy-form', received: 0 },
        { kind: 'income-proof', received: 2 },
      ],
      chosenKind: 'income-proof',
    });
    expect(html).toContain('<strong>Volmacht</strong>: nog niet gestuurd');
    expect(html).toContain('gestuurd (2)');
    const order = [...html.matchAll(/name="kind" value="([a-z-]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['proxy-form', 'income-proof', 'tax-assessment']);
    expect(order).toHaveLength(7);
    expect(html).toMatch(/value="income-proof" checked/);
  });

  test('with files: a captioned table with name, kind, day, size and status in words, and a "Remove" per file', () => {
    const html = page('nl', { sent: [payslip] });
    expect(html).toContain('<caption id="sent-caption">De bestanden die je stuurde</caption>');
    expect(html).toContain('role="region" aria-labelledby="sent-caption" tabindex="0"');
    expect(html).toContain('<td>loonbrief maart.pdf</td>');
    expect(html).toContain(`<td>${t('documents.kind.income-proof')}</td>`);
    expect(html).toContain('<td>18 maart 2026</td>');
    expect(html).toContain('<td>2,5 MB</td>');
    expect(html).toContain(`<td>${t('documents.status.quarantined')}</td>`);
    expect(html).toContain(`action="/api/documents/${payslip.id}/remove"`);
    expect(html).toContain('<span class="vh">: loonbrief maart.pdf</span>');
  });

  test.each(['sent', 'removed'] as const)('the %s notice is a polite status panel', (notice) => {
    const html = page('nl', { notice });
    expect(html).toContain(
      `<div class="panel ok" role="status" id="documents-notice"><p>${t(`documents.notice.${notice}`)}</p>`,
    );
  });

  test.each(REFUSAL_REASONS)(
    'refusal %s: its message in the summary, linked to its field, and at the field',
    (reason) => {
      const html = page('nl', { refusal: { reason }, chosenKind: reason === 'kindMissing' ? null : 'other' });
      const message = escaped(t(REFUSAL_MESSAGES[reason]));
      const field = refusalField(reason);
      expect(html).toContain('class="error-summary" role="alert"');
      expect(html).toContain(`<a href="#${field}">${message}</a>`);
      expect(shown(html, t(REFUSAL_MESSAGES[reason]))).toBe(2);
      expect(html).toContain(`id="${field}-error"`);
      if (field === 'file') expect(html).toContain('aria-describedby="file-hint file-error" aria-invalid="true"');
      else expect(html).toContain('<fieldset class="field has-error" aria-describedby="kind-error">');
    },
  );

  test('confirmed: no form, no "Remove", no script, and a plain sentence why', () => {
    const html = page('nl', { canChange: false, sent: [payslip] });
    expect(html).not.toContain('action="/api/documents"');
    expect(html).not.toContain('/remove"');
    expect(html).not.toContain('type="file"');
    expect(html).not.toContain('/upload.js');
    expect(html).not.toContain('name="section" value="documents"');
    expect(html).toContain(t('documents.confirmed'));
    expect(html).toContain('<td>loonbrief maart.pdf</td>');
  });

  test('confirmed while a file came in: the refusal is said without a link to a form that is not there', () => {
    const html = page('nl', { canChange: false, refusal: { reason: 'alreadyConfirmed' } });
    expect(html).toContain(`<p class="panel warn" role="alert">${t('documents.error.alreadyConfirmed')}</p>`);
    expect(html).not.toContain('href="#file"');
  });

  test('Arabic: right to left, in Arabic, with the Dutch word beside the kind', () => {
    const html = page('ar', { sent: [payslip], refusal: { reason: 'tooBig' } });
    const ar = getT('ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(ar('documents.title'));
    expect(html).toContain(ar('documents.error.tooBig'));
    expect(html).toContain('(bewijs van inkomen)');
    expect(html).toContain('name="lang" value="ar"');
    expect(html).toContain('href="/ar/dossier/"');
    expect(html).toContain('data-done-url="/ar/dossier/documents/?sent=1"');
  });
});

test('the Dutch texts of the documents page are plain (B1: Flesch-Douma and words per sentence)', () => {
  const texts = Object.values(nlTexts).map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`));
  const result = measure(texts.join(' '));
  expect(result, JSON.stringify(result)).toSatisfy(isPlainEnough);
  const long = texts.filter((text) => text.split(/[.!?]\s/).some((sentence) => sentence.split(/\s+/).length > 16));
  expect(long).toEqual([]);
});
