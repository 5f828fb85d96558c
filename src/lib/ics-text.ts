/**
 * Text in a calendar file (RFC 5545): backslash, semicolon and comma escaped, line breaks as \n.
 * @example icsText('Gent, zaal 1') // 'Gent\\, zaal 1'
 */
export const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Folds a content line longer than 75 octets, as RFC 5545 asks, without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
