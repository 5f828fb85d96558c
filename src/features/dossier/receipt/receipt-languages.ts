import { formatDateTime } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { fitsWinAnsi } from './win-ansi';

/** Every text of the PDF receipt (dossier.json), as the receipt and this check use them. */
export const RECEIPT_KEYS = [
  'dossier.receipt.title',
  'dossier.receipt.name',
  'dossier.receipt.reference',
  'dossier.receipt.dossier',
  'dossier.receipt.confirmedAt',
  'dossier.receipt.version',
  'dossier.receipt.housingCompany',
  'dossier.receipt.keep',
] as const;

/** One moment in each month, so that every month name of the language is tried. */
const SAMPLE_MOMENTS = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 28, 13, 5)));

const cache = new Map<Lang, Lang[]>();

/**
 * The languages the PDF receipt is written in for a person who reads `lang`: that language when
 * all its texts and dates fit the standard PDF fonts (WinAnsi), otherwise Dutch and English
 * (Arabic and Ukrainian, for example). The confirmation page says so.
 * @example receiptLanguages('fr') // ['fr']
 * @example receiptLanguages('uk') // ['nl', 'en']
 */
export function receiptLanguages(lang: Lang): Lang[] {
  const known = cache.get(lang);
  if (known) return known;
  const t = getT(lang);
  const texts = [
    ...RECEIPT_KEYS.map((key) => t(key)),
    ...SAMPLE_MOMENTS.map((moment) => formatDateTime(moment.toISOString(), lang)),
  ];
  const languages: Lang[] = texts.every(fitsWinAnsi) ? [lang] : ['nl', 'en'];
  cache.set(lang, languages);
  return languages;
}
