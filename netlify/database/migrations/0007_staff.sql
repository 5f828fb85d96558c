-- The housing company's side: its staff log in through the same identity provider, see their own
-- company's candidates, act for them (proxy, paper reaction, confirmation, help asked) and strike
-- off deliberately. Every act is one row, with who did it and why.

-- A staff member's login; apart from the candidates' sessions, so a candidate's cookie can never
-- open a staff page. `staff_id` is the identity provider's identifier (e.g. staff-a1).
CREATE TABLE staff_sessions (
  id_hash text PRIMARY KEY,
  staff_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('housing-staff')),
  -- The housing company, exactly as dossiers.housing_company names it.
  company text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  method text NOT NULL CHECK (method IN ('itsme', 'eid')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);

-- When the candidate last logged in (null: never), for the "never logged in" list.
ALTER TABLE candidates ADD COLUMN last_login_at timestamptz;
UPDATE candidates c SET last_login_at = (
  SELECT max(a.at) FROM audit_log a WHERE a.actor = 'candidate:' || c.id::text AND a.action = 'login'
);

-- The deadline the latest letter set, kept on the dossier by a trigger so that a company's list
-- of thousands sorts and filters on one index.
ALTER TABLE dossiers
  ADD COLUMN letter_kind text,
  ADD COLUMN letter_sent_on date,
  ADD COLUMN deadline date;

CREATE FUNCTION dossier_latest_letter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE dossiers d SET letter_kind = l.kind, letter_sent_on = l.sent_on, deadline = l.deadline
    FROM (SELECT kind, sent_on, deadline FROM letters
           WHERE dossier_id = NEW.dossier_id AND deadline IS NOT NULL
           ORDER BY sent_on DESC, deadline DESC LIMIT 1) l
   WHERE d.id = NEW.dossier_id;
  RETURN NULL;
END $$;
CREATE TRIGGER letters_latest AFTER INSERT OR UPDATE ON letters
  FOR EACH ROW EXECUTE FUNCTION dossier_latest_letter();
UPDATE letters SET deadline = deadline WHERE deadline IS NOT NULL;

CREATE INDEX dossiers_company_deadline ON dossiers (housing_company, deadline);

-- What a staff member did for a candidate. `idempotency_key` makes each act happen once: a
-- retried or doubled form finds the act it already recorded.
CREATE TABLE staff_acts (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL CHECK (kind IN ('proxy', 'paper-reaction', 'help-asked', 'confirmation', 'strike-off', 'appeal')),
  staff_id text NOT NULL,
  staff_name text NOT NULL,
  company text NOT NULL,
  reason text NOT NULL,
  -- The signed proxy form, for a proxy.
  document_id uuid REFERENCES documents (id),
  at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text NOT NULL UNIQUE
);
CREATE INDEX staff_acts_dossier ON staff_acts (dossier_id, at);

-- A confirmation made by a staff member on the candidate's behalf names the act.
ALTER TABLE confirmations ADD COLUMN staff_act_id uuid REFERENCES staff_acts (id);

-- A strike-off, decided by a staff member, with the ground and what was known at that moment
-- (for the monitoring report: municipality, logged in, help or proxy). `contested_on`: the date
-- the candidate's appeal to the supervisor was recorded.
CREATE TABLE strike_offs (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id),
  act_id uuid NOT NULL REFERENCES staff_acts (id),
  ground text NOT NULL CHECK (ground IN ('conditions-not-met', 'no-reaction', 'false-data', 'refused-offers', 'own-request')),
  notice_date date NOT NULL,
  company text NOT NULL,
  municipality text NOT NULL,
  never_logged_in boolean NOT NULL,
  had_help boolean NOT NULL,
  had_proxy boolean NOT NULL,
  contested_on date
);
CREATE INDEX strike_offs_by_date ON strike_offs (notice_date);
