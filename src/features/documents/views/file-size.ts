import { numberFormat } from '../../../lib/formatters';
import type { Lang } from '../../../lib/languages';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file's size as a person reads it: whole kB below 1 MB, else MB with one decimal, counted
 * in the same units as the limits ("up to 4 MB" is 4 × 1024 × 1024 bytes).
 * @example fileSize(2_621_440, 'nl') // '2,5 MB'
 */
export function fileSize(bytes: number, lang: Lang): string {
  if (bytes < MIB) {
    return numberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      Math.max(1, Math.round(bytes / KIB)),
    );
  }
  return numberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / MIB);
}
