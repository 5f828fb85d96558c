-- Candidates and their dossier in the central registration register (CIR), as far as this
-- service needs them. Personal data lives only here; logs and URLs never carry it.

CREATE TABLE candidates (
  id uuid PRIMARY KEY,
  -- Pseudonymous subject from the identity provider (ACM/IDM); set at first login.
  oidc_sub text UNIQUE,
  -- National register number (rijksregisternummer), 11 digits, check number valid.
  national_number char(11) NOT NULL UNIQUE,
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  preferred_lang text NOT NULL DEFAULT 'nl',
  phone text,
  email text
);

CREATE TABLE dossiers (
  id uuid PRIMARY KEY,
  candidate_id uuid NOT NULL UNIQUE REFERENCES candidates (id),
  -- The number on the housing company's letters.
  reference text NOT NULL UNIQUE,
  housing_company text NOT NULL,
  registration_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'confirmed', 'struck-off')),
  -- Optimistic locking: every change adds one; a save must name the version it started from.
  version integer NOT NULL DEFAULT 1,
  -- Problems the housing company flagged after the migration to the CIR, as translation keys.
  data_issues text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE household_members (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  position integer NOT NULL,
  role text NOT NULL CHECK (role IN ('reference', 'partner', 'child', 'other')),
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  disability boolean NOT NULL DEFAULT false,
  dependent boolean NOT NULL DEFAULT false,
  UNIQUE (dossier_id, position)
);

CREATE TABLE incomes (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
  source text NOT NULL CHECK (source IN ('tax-assessment', 'last-three-months')),
  -- Income year of the tax assessment (aanslagbiljet); null for the last three months.
  tax_year integer,
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0)
);

CREATE TABLE housing (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
  street text NOT NULL,
  postcode char(4) NOT NULL,
  municipality text NOT NULL,
  register text NOT NULL CHECK (register IN ('population', 'foreigners', 'reference-address')),
  situation text NOT NULL CHECK (situation IN ('private-rent', 'with-family', 'homeless', 'social-rent', 'owner', 'other'))
);

CREATE TABLE choices (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
  municipalities text[] NOT NULL,
  home_type text NOT NULL CHECK (home_type IN ('house', 'flat', 'both'))
);

CREATE TABLE letters (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('first', 'reminder', 'yearly', 'struck-off')),
  sent_on date NOT NULL,
  deadline date
);

-- Per section: did the person say "this is right" or change it, for this round.
CREATE TABLE section_checks (
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  section text NOT NULL CHECK (section IN ('personal', 'household', 'income', 'address', 'choices', 'documents')),
  state text NOT NULL CHECK (state IN ('checked', 'changed')),
  -- What was changed, as field names only (never values), to highlight on the check page.
  changed_fields text[] NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dossier_id, section)
);

CREATE TABLE confirmations (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  reference text NOT NULL UNIQUE,
  dossier_version integer NOT NULL,
  confirmed_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL UNIQUE
);

CREATE TABLE documents (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  kind text NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  blob_key text NOT NULL UNIQUE,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's random token: a stolen database does not give usable cookies.
  id_hash text PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  method text NOT NULL CHECK (method IN ('itsme', 'eid')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);

-- A retried or doubled request returns the first answer (exactly once).
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  status integer NOT NULL,
  location text,
  body text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Who touched which dossier, how and when; never the data itself.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor text NOT NULL,
  dossier_id uuid,
  action text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_dossier ON audit_log (dossier_id, at);
CREATE INDEX letters_dossier ON letters (dossier_id, sent_on);
