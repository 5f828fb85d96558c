/**
 * PDF names that make a document do something when opened or clicked: run a script, start a
 * program, carry another file, send a form, open another document. A document to read needs none.
 */
export const ACTIVE_NAMES: ReadonlySet<string> = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'SubmitForm',
  'ImportData',
  'RichMedia',
  'XFA',
  'GoToR',
  'GoToE',
]);

/**
 * A name's text with every `#xx` hex escape decoded, in either case: `J#61vaScript` and
 * `J#61v#61Script` are `JavaScript` to a PDF reader.
 */
export const decodeNameEscapes = (name: string): string =>
  name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Whether a name, as written in the file (without its slash), is one of ACTIVE_NAMES. */
export const isActiveName = (written: string): boolean => ACTIVE_NAMES.has(decodeNameEscapes(written));
