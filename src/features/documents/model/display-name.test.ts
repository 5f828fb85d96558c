import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX, displayName } from './display-name';

const length = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

describe('displayName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(displayName('aanslagbiljet 2025.pdf')).toBe('aanslagbiljet 2025.pdf');
    expect(displayName('IMG_1234.JPG')).toBe('IMG_1234.JPG');
  });

  it('drops the folders, with either separator', () => {
    expect(displayName('C:\\Users\\an\\Scans\\loon.pdf')).toBe('loon.pdf');
    expect(displayName('/storage/emulated/0/DCIM/foto.jpg')).toBe('foto.jpg');
    expect(displayName('../../etc/passwd')).toBe('passwd');
    expect(displayName('mixed/path\\name.png')).toBe('name.png');
  });

  it('takes out the right-to-left override that disguises an .exe as a .pdf', () => {
    expect(displayName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(displayName('\u2067scan\u2069.pdf\u200F')).toBe('scan.pdf');
    expect(displayName('\u061Cfactuur\u200E.pdf')).toBe('factuur.pdf');
  });

  it('takes out control characters, DEL and zero-width characters; a tab or line break becomes a space', () => {
    expect(displayName('a\u0000b\u0007c\u001Fd\u007Fe\u0086f\u009F.pdf')).toBe('abcdef.pdf');
    expect(displayName('\uFEFFzero\u200Bwidth\u200C\u200D\u2060.jpg')).toBe('zerowidth.jpg');
    expect(displayName('line\nbreak\r\n.pdf')).toBe('line break .pdf');
  });

  it('normalises to NFC, so the same letters are the same text', () => {
    const decomposed = 'cafe\u0301.pdf';
    expect(displayName(decomposed)).toBe('caf\u00E9.pdf');
    expect(displayName(decomposed)).toHaveLength(8);
  });

  it('keeps other scripts, right-to-left ones too', () => {
    expect(displayName('وثيقة الدخل.pdf')).toBe('وثيقة الدخل.pdf');
    expect(displayName('Довідка.jpg')).toBe('Довідка.jpg');
  });

  it('collapses runs of white space and trims', () => {
    expect(displayName('  loon   strook\t2025 .pdf  ')).toBe('loon strook 2025 .pdf');
    expect(displayName('a\u00A0\u00A0b.pdf')).toBe('a b.pdf');
    expect(displayName('a\u0085b.pdf')).toBe('a b.pdf');
  });

  it('cuts a long name from the stem and keeps the extension', () => {
    const name = displayName(`${'x'.repeat(300)}.pdf`);
    expect(length(name)).toBe(DISPLAY_NAME_MAX);
    expect(name.endsWith('x.pdf')).toBe(true);
    expect(displayName(`${'a'.repeat(DISPLAY_NAME_MAX - 4)}.pdf`)).toHaveLength(DISPLAY_NAME_MAX);
  });

  it('never cuts a letter in half', () => {
    const name = displayName(`${'👍🏽'.repeat(200)}.jpg`);
    expect(length(name)).toBe(DISPLAY_NAME_MAX);
    expect(name.endsWith('👍🏽.jpg')).toBe(true);
    expect(name.isWellFormed()).toBe(true);
  });

  it('cuts a name without a usable extension at the limit', () => {
    expect(length(displayName('y'.repeat(500)))).toBe(DISPLAY_NAME_MAX);
    expect(length(displayName(`a.${'b'.repeat(500)}`))).toBe(DISPLAY_NAME_MAX);
  });

  it('says "document" when nothing readable is left', () => {
    expect(displayName('')).toBe('document');
    expect(displayName('   ')).toBe('document');
    expect(displayName('\u202E\u200B\u0000')).toBe('document');
    expect(displayName('folder/')).toBe('document');
    expect(displayName('..')).toBe('document');
  });
});
