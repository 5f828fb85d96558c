/**
 * Fills an empty local database with the synthetic test citizens and their dossiers, dated from
 * `today` so the demo never goes stale (a persistent database keeps its first dates: delete
 * .netlify/db to seed again). Called by the local host (scripts/host/database.ts) after the migrations.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { audit } from '../../src/platform/db/audit';
import { newConfirmationReference } from '../../src/features/dossier/service/confirmation-reference';
import type { SeedDossier } from './builders';
import type { DocumentKind } from '../../src/features/documents/model/kinds';
import { seedDossiers } from './dossiers';
import { generatedDossiers, insertGeneratedDossiers } from './generated';
import { COMPANY_A, COMPANY_B } from './staff';
import { insertHelpSessions } from './help-sessions';

/**
 * What a housing company asks for, as it would from this dossier: the income's proof, a
 * disability certificate when someone has a disability, residence papers for the foreigners' register.
 */
function askedByDefault({ income, members, housing }: SeedDossier): DocumentKind[] {
  return [
    income.source === 'tax-assessment' ? 'tax-assessment' : 'income-proof',
    ...(members.some((member) => member.disability) ? (['disability-certificate'] as const) : []),
    ...(housing.register === 'foreigners' ? (['residence-papers'] as const) : []),
  ];
}

async function insertDossier(client: pg.PoolClient, seed: SeedDossier, index: number): Promise<void> {
  const { citizen } = seed;
  const candidateId = randomUUID();
  const dossierId = randomUUID();
  const q = (sql: string, values: unknown[]) => client.query(sql, values);
  await q(
    `INSERT INTO candidates (id, national_number, given_name, family_name, birth_date, preferred_lang, phone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      candidateId,
      citizen.nationalNumber,
      citizen.givenName,
      citizen.familyName,
      citizen.birthDate,
      seed.preferredLang,
      seed.phone ?? null,
      seed.email ?? null,
    ],
  );
  // A made-up number in the style of a housing company's file reference.
  const reference = `CIR-${seed.registrationDate.slice(0, 4)}-${String(48213 + index * 317).padStart(6, '0')}`;
  await q(
    `INSERT INTO dossiers (id, candidate_id, reference, housing_company, registration_date, status, data_issues)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      dossierId,
      candidateId,
      reference,
      seed.housingCompany,
      seed.registrationDate,
      seed.status ?? 'open',
      seed.dataIssues ?? [],
    ],
  );
  const members = [{ role: 'reference', ...citizen, disability: false, dependent: false }, ...seed.members];
  for (const [position, m] of members.entries()) {
    await q(
      `INSERT INTO household_members (id, dossier_id, position, role, given_name, family_name, birth_date, disability, dependent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        randomUUID(),
        dossierId,
        position + 1,
        m.role,
        m.givenName,
        m.familyName,
        m.birthDate,
        m.disability ?? false,
        m.dependent ?? false,
      ],
    );
  }
  const { income, housing, choices } = seed;
  await q('INSERT INTO incomes (dossier_id, source, tax_year, amount_cents) VALUES ($1, $2, $3, $4)', [
    dossierId,
    income.source,
    income.taxYear,
    income.amountCents,
  ]);
  await q(
    `INSERT INTO housing (dossier_id, street, postcode, municipality, register, situation)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [dossierId, housing.street, housing.postcode, housing.municipality, housing.register, housing.situation],
  );
  await q('INSERT INTO choices (dossier_id, municipalities, home_type) VALUES ($1, $2, $3)', [
    dossierId,
    choices.municipalities,
    choices.homeType,
  ]);
  for (const l of seed.letters) {
    await q('INSERT INTO letters (id, dossier_id, kind, sent_on, deadline) VALUES ($1, $2, $3, $4, $5)', [
      randomUUID(),
      dossierId,
      l.kind,
      l.sentOn,
      l.deadline,
    ]);
  }
  for (const kind of seed.asked ?? askedByDefault(seed)) {
    await q('INSERT INTO document_requests (dossier_id, kind, asked_on) VALUES ($1, $2, $3)', [
      dossierId,
      kind,
      seed.letters[0]?.sentOn ?? seed.registrationDate,
    ]);
  }
  for (const section of seed.checked ?? []) {
    await q(`INSERT INTO section_checks (dossier_id, section, state) VALUES ($1, $2, 'checked')`, [dossierId, section]);
  }
  if (seed.confirmedOn) {
    const at = new Date(`${seed.confirmedOn}T09:30:00Z`);
    await q(
      `INSERT INTO confirmations (id, dossier_id, reference, dossier_version, confirmed_at, idempotency_key)
       VALUES ($1, $2, $3, 1, $4, $5)`,
      [randomUUID(), dossierId, newConfirmationReference(at), at, `${candidateId}:seed`],
    );
  }
  await audit('system', dossierId, 'seed', client);
}

/**
 * Inserts the synthetic dossiers when the candidates table is empty, in one transaction;
 * returns how many (0 when the database already had candidates).
 */
export async function seedIfEmpty(pool: pg.Pool, today: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM candidates');
    const dossiers = rows[0]?.n === 0 ? seedDossiers(today) : [];
    for (const [index, seed] of dossiers.entries()) await insertDossier(client, seed, index);
    // Enough candidates for the housing companies' lists, filters and report to mean something.
    const generated =
      dossiers.length === 0
        ? []
        : [
            ...generatedDossiers(today, { count: 180, company: COMPANY_A, seed: 1 }),
            ...generatedDossiers(today, { count: 120, company: COMPANY_B, seed: 2 }),
          ];
    await insertGeneratedDossiers(client, generated, today);
    if (dossiers.length > 0) await insertHelpSessions(client, today);
    await client.query('COMMIT');
    return dossiers.length + generated.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
