import data from '../../../../content/data/help-points.json';
import { helpPointsFileSchema, type HelpPoint } from './schema';

/** The list, checked against its schema once when first used. */
export const HELP_POINTS: HelpPoint[] = helpPointsFileSchema.parse(data).points;

/** Lower case without accents, so "Sint-Niklaas", "sint niklaas" and "SINT-NIKLAAS" match. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What a search box matches for a point: its municipality and its postcodes. */
export function searchText(point: HelpPoint): string {
  return normalise(`${point.municipality} ${point.postcodes.join(' ')}`);
}

/**
 * Places for a municipality or postcode; everything for an empty search.
 * @example findHelpPoints('9000').every((p) => p.municipality === 'Gent') // true
 */
export function findHelpPoints(query: string, points: HelpPoint[] = HELP_POINTS): HelpPoint[] {
  const q = normalise(query);
  if (q === '') return points;
  return points.filter((point) => searchText(point).includes(q));
}
