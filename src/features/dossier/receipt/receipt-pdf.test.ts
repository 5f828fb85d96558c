import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import type { Dossier } from '../model/types';
import { receiptLanguages } from './receipt-languages';
import { receiptPdf } from './receipt-pdf';

const confirmation = { reference: 'BI-2026-7F3K9Q', confirmedAt: '2026-03-18T22:30:00Z', dossierVersion: 4 };
const dossier = {
  reference: 'CIR-2020-048213',
  housingCompany: 'Woonmaatschappij Dijle en Nete',
  person: { givenName: 'Oleksandr', familyName: 'Коваленко' },
} as Dossier;

describe('the PDF receipt', () => {
  test("is written in the person's language when the standard fonts can, else in Dutch and English", () => {
    expect(receiptLanguages('nl')).toEqual(['nl']);
    expect(receiptLanguages('en')).toEqual(['en']);
    expect(receiptLanguages('fr')).toEqual(['fr']);
    expect(receiptLanguages('ar')).toEqual(['nl', 'en']);
    expect(receiptLanguages('uk')).toEqual(['nl', 'en']);
  });

  test.each(['nl', 'ar', 'uk', 'pl', 'tr', 'ro'] as const)(
    'is a one-page PDF in %s, even with a Cyrillic name',
    async (lang) => {
      const bytes = await receiptPdf(dossier, confirmation, lang);
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toMatch(/^(Bewijs|Receipt)/);
    },
  );
});
