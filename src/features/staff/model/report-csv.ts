import type { TFunction } from 'i18next';
import { GROUND_LABELS } from './grounds';
import type { Counts, Report } from './report';

/** A semicolon: the list separator of a spreadsheet set to Dutch or French (Belgium). */
const SEPARATOR = ';';
/** So that Excel reads the file as UTF-8 (é, ë, ç in municipalities and grounds). */
const BOM = '\uFEFF';

/**
 * One cell of the file: a text a spreadsheet would run as a formula (starting with = + - @, a
 * tab or a carriage return) gets a leading apostrophe; quotes, separators and line breaks are quoted.
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r,]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const figures = (c: Counts) => [c.total, c.neverLoggedIn, c.helpOrProxy, c.contested];

/** The report as CSV: a header row, then one row per municipality and ground, as on the page. */
export function reportCsvText(report: Report, t: TFunction): string {
  const header = [
    t('report.table.municipality'),
    t('report.table.ground'),
    t('report.table.total'),
    t('report.table.neverLoggedIn'),
    t('report.table.helpOrProxy'),
    t('report.table.contested'),
  ];
  const rows = report.cells.map((cell) => [cell.municipality, t(GROUND_LABELS[cell.ground]), ...figures(cell)]);
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
