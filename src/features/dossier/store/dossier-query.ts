/**
 * The whole dossier of one candidate in ONE statement, as JSON: one round trip, and one
 * consistent snapshot without a transaction (a dossier page must never mix two versions).
 * Dates as YYYY-MM-DD text, so no time zone can shift a birth date.
 */
export const DOSSIER_QUERY = `
SELECT json_build_object(
  'id', d.id, 'reference', d.reference, 'housingCompany', d.housing_company,
  'registrationDate', to_char(d.registration_date, 'YYYY-MM-DD'),
  'status', d.status, 'version', d.version, 'dataIssues', d.data_issues,
  'person', json_build_object(
    'nationalNumber', c.national_number, 'givenName', c.given_name, 'familyName', c.family_name,
    'birthDate', to_char(c.birth_date, 'YYYY-MM-DD'), 'preferredLang', c.preferred_lang,
    'phone', c.phone, 'email', c.email),
  'household', coalesce((SELECT json_agg(json_build_object(
      'id', m.id, 'position', m.position, 'role', m.role, 'givenName', m.given_name,
      'familyName', m.family_name, 'birthDate', to_char(m.birth_date, 'YYYY-MM-DD'),
      'disability', m.disability, 'dependent', m.dependent) ORDER BY m.position)
    FROM household_members m WHERE m.dossier_id = d.id), '[]'::json),
  'income', (SELECT json_build_object('source', i.source, 'taxYear', i.tax_year, 'amountCents', i.amount_cents)
    FROM incomes i WHERE i.dossier_id = d.id),
  'housing', (SELECT json_build_object('street', h.street, 'postcode', h.postcode, 'municipality', h.municipality,
      'register', h.register, 'situation', h.situation)
    FROM housing h WHERE h.dossier_id = d.id),
  'choices', (SELECT json_build_object('municipalities', ch.municipalities, 'homeType', ch.home_type)
    FROM choices ch WHERE ch.dossier_id = d.id),
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
  'confirmation', (SELECT json_build_object('reference', cf.reference, 'confirmedAt', cf.confirmed_at,
      'dossierVersion', cf.dossier_version)
    FROM confirmations cf WHERE cf.dossier_id = d.id
    ORDER BY cf.dossier_version DESC, cf.confirmed_at DESC LIMIT 1)
) AS dossier
FROM dossiers d JOIN candidates c ON c.id = d.candidate_id
WHERE d.candidate_id = $1`;
