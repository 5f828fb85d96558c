import { isActiveName } from './pdf-active-names';

/**
 * A PDF name token in the raw bytes: a slash and the regular characters after it, up to white
 * space or a delimiter, so `/JS` is found in `/JS(` or `/JS/` but not in `/JSomething`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NAME_TOKEN = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g;

/** Where stream data starts and ends: after `stream` and its line end, before `endstream`. */
const STREAM_START = /stream\r?\n/g;
const STREAM_END = 'endstream';

/** Bytes that do not occur in text: compressed or image data, where a `/JS` is only chance. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\x00-\x08\x0E-\x1F\x7F-\xFF]/;

/**
 * The parts of the file to read as text: everything outside streams, and the streams that are
 * text themselves (an uncompressed object stream). Binary stream data is left out: 20 MB of
 * compressed bytes would hold a `/JS` by chance (one in a few million positions).
 */
function textParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  STREAM_START.lastIndex = 0;
  for (let start = STREAM_START.exec(text); start; start = STREAM_START.exec(text)) {
    const dataStart = start.index + start[0].length;
    const dataEnd = text.indexOf(STREAM_END, dataStart);
    if (dataEnd < 0) break;
    parts.push(text.slice(from, dataStart));
    const data = text.slice(dataStart, dataEnd);
    if (!BINARY.test(data)) parts.push(data);
    from = dataEnd;
    STREAM_START.lastIndex = dataEnd + STREAM_END.length;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * The second net under pdf-lib's reading: whether the raw bytes hold an active name as a PDF
 * name token, also when written with `#xx` escapes (`/J#61vaScript`), so an object pdf-lib
 * skipped as broken (a reader may still run it) is not missed.
 */
export function rawBytesCarryActiveName(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const part of textParts(text)) {
    for (const [, written] of part.matchAll(NAME_TOKEN)) if (written && isActiveName(written)) return true;
  }
  return false;
}
