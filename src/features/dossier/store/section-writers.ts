import type pg from 'pg';
import type { Dossier } from '../model/types';
import { SECTION_MODULES, type EditableSection, type SectionTable, type SectionValues } from '../model/sections';

/** Field names whose value differs, compared as JSON (arrays and nulls included). */
function differing(pairs: Record<string, [unknown, unknown]>): string[] {
  return Object.entries(pairs)
    .filter(([, [a, b]]) => JSON.stringify(a) !== JSON.stringify(b))
    .map(([field]) => field);
}

/**
 * Writes a one-row section from its module's columns alone: one UPDATE of this dossier's row
 * (or its candidate's), and the form fields whose value changed.
 */
async function writeRow<Stored extends Record<string, unknown>>(
  client: pg.PoolClient,
  table: SectionTable<Stored>,
  before: Dossier,
  values: Stored,
  candidateId: string,
): Promise<string[]> {
  const keys = Object.keys(table.columns) as (keyof Stored & string)[];
  const assignments = keys.map((key, i) => `${table.columns[key]} = $${i + 2}`).join(', ');
  const where = table.rowOf === 'candidate' ? 'id' : 'dossier_id';
  const owner = table.rowOf === 'candidate' ? candidateId : before.id;
  await client.query(`UPDATE ${table.table} SET ${assignments} WHERE ${where} = $1`, [
    owner,
    ...keys.map((key) => values[key]),
  ]);
  const was = before[table.dossierKey] as unknown as Stored;
  return differing(Object.fromEntries(keys.map((key) => [table.fieldOf?.[key] ?? key, [was[key], values[key]]])));
}

// Ticks for ids that are not this dossier's members change nothing (WHERE dossier_id).
async function writeHousehold(
  client: pg.PoolClient,
  before: Dossier,
  values: SectionValues['household'],
): Promise<string[]> {
  await client.query(
    `UPDATE household_members SET disability = id::text = ANY($2::text[]), dependent = id::text = ANY($3::text[])
      WHERE dossier_id = $1`,
    [before.id, values.disability, values.dependent],
  );
  return before.household.flatMap((member) =>
    differing({
      [`disability-${member.id}`]: [member.disability, values.disability.includes(member.id)],
      [`dependent-${member.id}`]: [member.dependent, values.dependent.includes(member.id)],
    }),
  );
}

/**
 * Writes one section of the dossier with already validated values; returns the names of the
 * form fields whose value changed (names only, never values: they go to section_checks).
 * Each section touches only its own table, for this dossier only.
 */
export function writeSection<S extends EditableSection>(
  section: S,
  client: pg.PoolClient,
  before: Dossier,
  values: SectionValues[S],
  candidateId: string,
): Promise<string[]> {
  if (section === 'household') return writeHousehold(client, before, values as SectionValues['household']);
  const table = SECTION_MODULES[section].table as SectionTable<Record<string, unknown>> | undefined;
  if (!table) throw new TypeError(`writeSection: ${section} has no table`);
  return writeRow(client, table, before, values as Record<string, unknown>, candidateId);
}
