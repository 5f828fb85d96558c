-- A change form that arrived after its session lapsed, kept for one hour so that the same person,
-- once logged in again in the same browser, finds it filled in. The browser holds a random token;
-- the database only its SHA-256. Removed when saved, when another person logs in, or by age.
CREATE TABLE kept_answers (
  id_hash text PRIMARY KEY,
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  form text NOT NULL,
  answers jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kept_answers_by_age ON kept_answers (created_at);
