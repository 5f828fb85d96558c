/**
 * WinAnsi (Windows-1252), the only encoding of the standard PDF fonts: Latin-1 plus these
 * characters in 0x80-0x9F. tests/unit/win-ansi.test.ts compares the list with pdf-lib's fonts.
 */
const EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters without a decomposition that still have a plain Latin look-alike. */
const LOOK_ALIKES: Record<string, string> = { ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H' };

const fits = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(char);
};

/** Intl writes narrow and thin spaces between time and date parts; a plain space reads the same. */
const plainSpaces = (text: string) => text.normalize('NFC').replace(/[\u202f\u2009\u2007\u200a]/g, ' ');

/**
 * True when the text can be written with the standard PDF fonts.
 * @example fitsWinAnsi('18 maart 2026 om 14:05') // true
 * @example fitsWinAnsi('18 березня 2026') // false
 */
export function fitsWinAnsi(text: string): boolean {
  return [...plainSpaces(text)].every(fits);
}

/**
 * The text with every character the standard fonts lack replaced by its plain letter
 * (ș → s, ł → l), or "?" when there is none. Used for names, which we cannot translate.
 * @example toWinAnsi('Łukasz Ștefănescu') // 'Lukasz Stefanescu'
 */
export function toWinAnsi(text: string): string {
  return [...plainSpaces(text)]
    .map((char) => {
      if (fits(char)) return char;
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== char && [...base].every(fits)) return base;
      return LOOK_ALIKES[char] ?? '?';
    })
    .join('');
}
