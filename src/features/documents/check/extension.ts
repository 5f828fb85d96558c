import { displayName } from '../model/display-name';
import { FILE_KINDS, type FileKind } from '../model/kinds';

/**
 * The extension of the name as the person sees it (lower-cased, with its dot), or null when the
 * name has none: a phone often sends a photo as just "image".
 */
export function extensionOf(name: string): string | null {
  const shown = displayName(name);
  const dot = shown.lastIndexOf('.');
  if (dot < 0 || dot === shown.length - 1) return null;
  return shown.slice(dot).toLowerCase();
}

/** Whether the name agrees with the kind its bytes show: a PDF called ".jpg" does not. */
export function extensionFits(kind: FileKind, name: string): boolean {
  const extension = extensionOf(name);
  return extension === null || (FILE_KINDS[kind].extensions as readonly string[]).includes(extension);
}
