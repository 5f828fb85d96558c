import type pg from 'pg';
import type { Dossier } from '../model/types';
import type { SectionValues } from '../model/schemas';
import type { EditableSection } from '../model/sections';

/** Writes one section's new values and returns the names of the form fields that changed. */
type Writer<S extends EditableSection> = (
  client: pg.PoolClient,
  before: Dossier,
  values: SectionValues[S],
  candidateId: string,
) => Promise<string[]>;

/** Field names whose value differs, compared as JSON (arrays and nulls included). */
function differing(pairs: Record<string, [unknown, unknown]>): string[] {
  return Object.entries(pairs)
    .filter(([, [a, b]]) => JSON.stringify(a) !== JSON.stringify(b))
    .map(([field]) => field);
}

const personal: Writer<'personal'> = async (client, before, values, candidateId) => {
  await client.query('UPDATE candidates SET phone = $2, email = $3, preferred_lang = $4 WHERE id = $1', [
    candidateId,
    values.phone,
    values.email,
    values.preferredLang,
  ]);
  const { phone, email, preferredLang } = before.person;
  return differing({
    phone: [phone, values.phone],
    email: [email, values.email],
    preferredLang: [preferredLang, values.preferredLang],
  });
};

// Ticks for ids that are not this dossier's members change nothing (WHERE dossier_id).
const household: Writer<'household'> = async (client, before, values) => {
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
};

const income: Writer<'income'> = async (client, before, values) => {
  await client.query('UPDATE incomes SET source = $2, tax_year = $3, amount_cents = $4 WHERE dossier_id = $1', [
    before.id,
    values.source,
    values.taxYear,
    values.amountCents,
  ]);
  return differing({
    source: [before.income.source, values.source],
    taxYear: [before.income.taxYear, values.taxYear],
    amount: [before.income.amountCents, values.amountCents],
  });
};

const address: Writer<'address'> = async (client, before, values) => {
  await client.query(
    `UPDATE housing SET street = $2, postcode = $3, municipality = $4, register = $5, situation = $6
      WHERE dossier_id = $1`,
    [before.id, values.street, values.postcode, values.municipality, values.register, values.situation],
  );
  const was = before.housing;
  return differing({
    street: [was.street, values.street],
    postcode: [was.postcode, values.postcode],
    municipality: [was.municipality, values.municipality],
    register: [was.register, values.register],
    situation: [was.situation, values.situation],
  });
};

const choices: Writer<'choices'> = async (client, before, values) => {
  await client.query('UPDATE choices SET municipalities = $2, home_type = $3 WHERE dossier_id = $1', [
    before.id,
    values.municipalities,
    values.homeType,
  ]);
  return differing({
    municipalities: [before.choices.municipalities, values.municipalities],
    homeType: [before.choices.homeType, values.homeType],
  });
};

/** One writer per editable section; each touches only its own table, for this dossier only. */
const WRITERS: { [S in EditableSection]: Writer<S> } = { personal, household, income, address, choices };

/**
 * Writes one section of the dossier with already validated values; returns the names of the
 * form fields whose value changed (names only, never values: they go to section_checks).
 */
export function writeSection<S extends EditableSection>(
  section: S,
  client: pg.PoolClient,
  before: Dossier,
  values: SectionValues[S],
  candidateId: string,
): Promise<string[]> {
  const writer = WRITERS[section] as Writer<S>;
  return writer(client, before, values, candidateId);
}
