import { PDFArray, PDFDict, PDFName, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { isActiveName } from './pdf-active-names';

/**
 * A name as pdf-lib holds it, back to its written form without the slash: pdf-lib decodes only
 * upper-case `#XX` escapes and writes a left-over `#` as `#23`, so isActiveName decodes again.
 */
function writtenName(name: PDFName): string {
  return Buffer.from(name.asBytes()).toString('latin1');
}

/** Whether this object, or any name, key or value nested in it (not following references), is active. */
function carriesActiveName(object: PDFObject): boolean {
  const pending: PDFObject[] = [object];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next instanceof PDFName) {
      if (isActiveName(writtenName(next))) return true;
    } else if (next instanceof PDFStream) {
      pending.push(next.dict);
    } else if (next instanceof PDFDict) {
      for (const [key, value] of next.entries()) pending.push(key, value);
    } else if (next instanceof PDFArray) {
      pending.push(...next.asArray());
    }
  }
  return false;
}

/**
 * Whether any object pdf-lib read from the document (the objects packed in object streams
 * included: pdf-lib unpacks them into the context) carries a script, a launch action, an
 * embedded file, a form that sends itself, or a link to another document.
 */
export function objectsCarryActiveName(context: PDFContext): boolean {
  return context.enumerateIndirectObjects().some(([, object]) => carriesActiveName(object));
}
