import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatDateTime } from '../../../lib/date-time';
import type { Confirmation, Dossier } from '../model/types';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { receiptLanguages } from './receipt-languages';
import { toWinAnsi } from './win-ansi';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 12;
const LINE = 18;

interface Pen {
  page: PDFPage;
  y: number;
}

/** Breaks a text into lines that fit the page width. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

function write(pen: Pen, text: string, font: PDFFont, size = SIZE): void {
  for (const line of wrap(toWinAnsi(text), font, size, A4[0] - 2 * MARGIN)) {
    pen.page.drawText(line, { x: MARGIN, y: pen.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    pen.y -= size * 1.5;
  }
}

/** One label in each receipt language: "Naam / Name". */
const label = (langs: Lang[], key: string) => langs.map((l) => getT(l)(key)).join(' / ');

/**
 * The PDF receipt of a confirmation: title, name, confirmation reference, dossier number, date
 * and time in Belgium, dossier version and housing company. Written with the standard fonts, so
 * in the person's language when it fits them, otherwise in Dutch and English (receiptLanguages).
 */
export async function receiptPdf(dossier: Dossier, confirmation: Confirmation, lang: Lang): Promise<Uint8Array> {
  const langs = receiptLanguages(lang);
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pdf.setTitle(toWinAnsi(label(langs, 'dossier.receipt.title')));
  pdf.setLanguage(langs[0] ?? 'nl');
  pdf.setCreator('Blijf ingeschreven');
  const pen: Pen = { page: pdf.addPage(A4), y: A4[1] - MARGIN - 10 };
  write(pen, label(langs, 'dossier.receipt.title'), bold, 18);
  pen.y -= LINE;
  const rows: Array<[string, string]> = [
    ['dossier.receipt.name', `${dossier.person.givenName} ${dossier.person.familyName}`],
    ['dossier.receipt.reference', confirmation.reference],
    ['dossier.receipt.dossier', dossier.reference],
    ['dossier.receipt.confirmedAt', langs.map((l) => formatDateTime(confirmation.confirmedAt, l)).join(' / ')],
    ['dossier.receipt.version', String(confirmation.dossierVersion)],
    ['dossier.receipt.housingCompany', dossier.housingCompany],
  ];
  for (const [key, value] of rows) {
    write(pen, label(langs, key), bold);
    write(pen, value, regular);
    pen.y -= LINE / 2;
  }
  pen.y -= LINE;
  for (const l of langs) write(pen, getT(l)('dossier.receipt.keep'), regular);
  return pdf.save();
}
