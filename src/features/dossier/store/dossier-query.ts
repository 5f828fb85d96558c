import { SECTION_TABLES, type Column, type SectionTable } from '../model/sections';

/** `'name', alias.column` pairs for json_build_object; dates as YYYY-MM-DD text. */
function jsonPairs(alias: string, columns: Record<string, Column>): string {
  return Object.entries(columns)
    .map(([key, column]) =>
      typeof column === 'string'
        ? `'${key}', ${alias}.${column}`
        : `'${key}', to_char(${alias}.${column.date}, 'YYYY-MM-DD')`,
    )
    .join(', ');
}

/** One section's values, read from its row of this dossier (or of its candidate). */
function sectionObject(table: SectionTable<Record<string, unknown>>, index: number): string {
  const alias = `s${index}`;
  const key = table.rowOf === 'candidate' ? `${alias}.id = d.candidate_id` : `${alias}.dossier_id = d.id`;
  const pairs = jsonPairs(alias, { ...table.readOnly, ...(table.columns as Record<string, Column>) });
  return `'${table.dossierKey}', (SELECT json_build_object(${pairs}) FROM ${table.table} ${alias} WHERE ${key})`;
}

/**
 * The whole dossier of one candidate in ONE statement, as JSON: one round trip, and one
 * consistent snapshot without a transaction (a dossier page must never mix two versions).
 * Dates as YYYY-MM-DD text, so no time zone can shift a birth date. The one-row sections
 * (person, income, housing, choices) are read from their modules' columns.
 */
export const DOSSIER_QUERY = `
SELECT json_build_object(
  'id', d.id, 'reference', d.reference, 'housingCompany', d.housing_company,
  'registrationDate', to_char(d.registration_date, 'YYYY-MM-DD'),
  'status', d.status, 'version', d.version, 'dataIssues', d.data_issues,
  ${SECTION_TABLES.map(sectionObject).join(',\n  ')},
  'household', coalesce((SELECT json_agg(json_build_object(
      'id', m.id, 'position', m.position, 'role', m.role, 'givenName', m.given_name,
      'familyName', m.family_name, 'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'),
      'disability', m.disability, 'dependent', m.dependent) ORDER BY m.position)
    FROM household_members m WHERE m.dossier_id = d.id), '[]'::json),
  'letters', coalesce((SELECT json_agg(json_build_object('kind', l.kind,
      'sentOn', to_char(l.sent_on, 'YYYY-MM-DD'), 'deadline', to_char(l.deadline, 'YYYY-MM-DD'))
      ORDER BY l.sent_on, l.id)
    FROM letters l WHERE l.dossier_id = d.id), '[]'::json),
  'documents', coalesce((SELECT json_agg(json_build_object('id', doc.id, 'kind', doc.kind,
      'filename', doc.filename, 'contentType', doc.content_type, 'sizeBytes', doc.size_bytes,
      'uploadedAt', doc.uploaded_at) ORDER BY doc.uploaded_at, doc.id)
    FROM documents doc WHERE doc.dossier_id = d.id), '[]'::json),
  'checks', coalesce((SELECT json_agg(json_build_object('section', s.section, 'state', s.state,
      'changedFields', s.changed_fields))
    FROM section_checks s WHERE s.dossier_id = d.id), '[]'::json),
  'helpers', coalesce((SELECT json_agg(json_build_object('organisation', hc.organisation_name, 'endsAt', hc.ends_at)
      ORDER BY hc.ends_at)
    FROM helper_consents hc WHERE hc.dossier_id = d.id AND hc.withdrawn_at IS NULL AND hc.ends_at > now()), '[]'::json),
  'confirmation', (SELECT json_strip_nulls(json_build_object('reference', cf.reference, 'confirmedAt', cf.confirmed_at,
      'dossierVersion', cf.dossier_version,
      'confirmedBy', (SELECT json_build_object('name', a.staff_name, 'company', a.company)
        FROM staff_acts a WHERE a.id = cf.staff_act_id)))
    FROM confirmations cf WHERE cf.dossier_id = d.id
    ORDER BY cf.dossier_version DESC, cf.confirmed_at DESC LIMIT 1)
) AS dossier
FROM dossiers d
WHERE d.candidate_id = $1`;
