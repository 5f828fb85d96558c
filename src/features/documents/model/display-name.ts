/** The most characters (graphemes) of a file name shown back to the person. */
export const DISPLAY_NAME_MAX = 120;
/** What a file is called when nothing readable is left of its name. */
export const FALLBACK_NAME = 'document';
/** An extension longer than this is no extension worth keeping when the name is cut. */
const EXTENSION_MAX = 16;

/**
 * Characters that change what a name looks like without being seen: C0 and C1 control characters
 * and DEL, the bidirectional controls (an "invoice\u202Efdp.exe" would show as "invoiceexe.pdf")
 * and the zero-width characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u200B-\u200D\u2060\uFEFF]/gu;

/** Control characters that separate words: they become a space rather than gluing words together. */
const CONTROL_SPACE = /[\t\n\v\f\r\u0085]/gu;

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment);

/** Cuts a name to DISPLAY_NAME_MAX graphemes, from the stem so the extension stays readable. */
function shorten(name: string): string {
  const parts = graphemes(name);
  if (parts.length <= DISPLAY_NAME_MAX) return name;
  const dot = parts.lastIndexOf('.');
  const extension = dot > 0 && parts.length - dot <= EXTENSION_MAX ? parts.slice(dot) : [];
  const stem = parts.slice(0, dot > 0 && extension.length > 0 ? dot : parts.length);
  return (
    stem
      .slice(0, DISPLAY_NAME_MAX - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  );
}

/**
 * The name of the person's file as it is shown back to them (never used as a key or a path):
 * without the folders, invisible and direction-changing characters, runs of spaces, at most 120
 * characters with the extension kept; `document` when nothing readable is left.
 * @example displayName('C:\\Scans\\aanslag  2025.pdf') // 'aanslag 2025.pdf'
 */
export function displayName(name: string): string {
  const visible = name.replace(CONTROL_SPACE, ' ').replace(INVISIBLE, '').normalize('NFC');
  const base = visible.slice(Math.max(visible.lastIndexOf('/'), visible.lastIndexOf('\\')) + 1);
  const tidy = base.replace(/\s+/gu, ' ').trim();
  if (/^[.\s]*$/u.test(tidy)) return FALLBACK_NAME;
  return shorten(tidy);
}
