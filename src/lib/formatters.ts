/**
 * Intl formatters made once per language and options, then reused: making one costs about
 * 50 µs, using one about 2 µs, and a dossier page formats a dozen dates and amounts.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** @example dateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date()) */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** @example numberFormat('nl', { style: 'currency', currency: 'EUR' }).format(12.5) // '€ 12,50' */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
