import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { fitsWinAnsi, toWinAnsi } from './win-ansi';

describe('text for the standard PDF fonts', () => {
  test('our list of characters is exactly what Helvetica in pdf-lib can write', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const supported = new Set(font.getCharacterSet());
    for (let code = 0x20; code <= 0x2200; code += 1) {
      const char = String.fromCodePoint(code);
      // Controls and spaces other than ' ' are never written; NFC changes a few (U+037E is ';').
      if ((/\p{Cc}|\s/u.test(char) && char !== ' ') || char.normalize('NFC') !== char) continue;
      expect(fitsWinAnsi(char), `U+${code.toString(16)}`).toBe(supported.has(code));
    }
  });

  test('Dutch, French and English dates fit; Arabic, Ukrainian and Polish letters do not', () => {
    expect(fitsWinAnsi('18 maart 2026 om 14:05')).toBe(true);
    expect(fitsWinAnsi('18 février 2026 à 14:05')).toBe(true);
    expect(fitsWinAnsi('18 березня 2026')).toBe(false);
    expect(fitsWinAnsi('١٨ مارس')).toBe(false);
    expect(fitsWinAnsi('października')).toBe(false);
  });

  test('names keep their letters where the fonts have a plain one', () => {
    expect(toWinAnsi('Łukasz Ștefănescu')).toBe('Lukasz Stefanescu');
    expect(toWinAnsi('Ayşe Yılmaz')).toBe('Ayse Yilmaz');
    expect(toWinAnsi('Hatice Çelik')).toBe('Hatice Çelik');
    expect(toWinAnsi('Оля')).toBe('???');
    expect(toWinAnsi('14\u202f05')).toBe('14 05');
  });
});
