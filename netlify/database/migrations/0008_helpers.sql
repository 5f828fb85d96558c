-- Helpers of an OCMW, a municipal housing service or a digipunt follow a candidate's progress,
-- only with the candidate's consent, only for the period the candidate chose (at most 6 months),
-- and never see income, household details or documents.

-- Helpers log in like staff: their session is a staff_sessions row with role 'helper', and
-- `company` holds their organisation's identifier from the site's list (e.g. ocmw-gent).
ALTER TABLE staff_sessions DROP CONSTRAINT staff_sessions_role_check;
ALTER TABLE staff_sessions ADD CONSTRAINT staff_sessions_role_check CHECK (role IN ('housing-staff', 'helper'));

-- A candidate's consent for one organisation. It counts while `withdrawn_at` is null and
-- `ends_at` has not passed; nothing else opens a dossier to a helper.
CREATE TABLE helper_consents (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  organisation text NOT NULL,
  -- The organisation's name as the candidate chose it, shown on their dossier as given.
  organisation_name text NOT NULL,
  months integer NOT NULL CHECK (months BETWEEN 1 AND 6),
  given_at timestamptz NOT NULL DEFAULT now(),
  ends_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  -- A repeated or doubled form finds the consent it already gave.
  idempotency_key text NOT NULL UNIQUE
);
CREATE INDEX helper_consents_organisation ON helper_consents (organisation, ends_at);
CREATE INDEX helper_consents_dossier ON helper_consents (dossier_id, given_at);

-- Who looked at a dossier through a consent, and when: the candidate sees this list.
-- (The audit log keeps the same fact for the service, without the name.)
CREATE TABLE helper_views (
  consent_id uuid NOT NULL REFERENCES helper_consents (id) ON DELETE CASCADE,
  helper_id text NOT NULL,
  helper_name text NOT NULL,
  what text NOT NULL CHECK (what IN ('progress', 'sheet')),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX helper_views_consent ON helper_views (consent_id, at);
