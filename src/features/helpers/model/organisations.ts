import { HELP_POINTS, type HelpPoint } from '../../help/model/index';

/** The kinds of organisation a candidate can let follow their progress (not the housing company: it already does). */
const HELPER_KINDS: ReadonlySet<HelpPoint['kind']> = new Set(['ocmw', 'woonloket', 'digipunt']);

export interface HelperOrganisation {
  id: string;
  name: string;
  municipality: string;
}

/** The helper organisations, from the list of help points (content/data/help-points.json), by municipality. */
export const HELPER_ORGANISATIONS: readonly HelperOrganisation[] = HELP_POINTS.filter((point) =>
  HELPER_KINDS.has(point.kind),
)
  .map(({ id, name, municipality }) => ({ id, name, municipality }))
  .toSorted((a, b) => a.municipality.localeCompare(b.municipality, 'nl') || a.name.localeCompare(b.name, 'nl'));

/**
 * The organisation with this identifier, if it is on the list.
 * @example organisationById('gent-ocmw')?.name // 'OCMW Gent (voorbeeld)'
 */
export const organisationById = (id: string | undefined): HelperOrganisation | undefined =>
  HELPER_ORGANISATIONS.find((organisation) => organisation.id === id);

/** The organisation's name for a page; its identifier when it left the list since. */
export const organisationName = (id: string): string => organisationById(id)?.name ?? id;
