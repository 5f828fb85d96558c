-- Collective help sessions (like tax-form days) that a housing company's staff publish and that
-- anyone can book without logging in: a first name and a phone number are enough.

-- One session. Its start and end are moments (timestamptz), entered and shown in Belgian time.
-- `places_taken` is counted by one conditional UPDATE per booking (places_taken < places), so two
-- people can never get the last place both, even without locks (PGlite shares one session).
CREATE TABLE help_sessions (
  id uuid PRIMARY KEY,
  -- The organising housing company, exactly as staff_sessions.company names it.
  company text NOT NULL,
  place text NOT NULL,
  address text NOT NULL,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}$'),
  municipality text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  languages text[] NOT NULL CHECK (cardinality(languages) >= 1),
  bring text NOT NULL DEFAULT '',
  places integer NOT NULL CHECK (places BETWEEN 1 AND 200),
  places_taken integer NOT NULL DEFAULT 0 CHECK (places_taken >= 0 AND places_taken <= places),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- The publishing form's key: a doubled form publishes one session.
  idempotency_key text NOT NULL UNIQUE
);
CREATE INDEX help_sessions_postcode ON help_sessions (postcode, starts_at);
CREATE INDEX help_sessions_municipality ON help_sessions (lower(municipality), starts_at);
CREATE INDEX help_sessions_company ON help_sessions (company, starts_at);

-- One booked place. The reference is what the person keeps (printed, read aloud) to cancel;
-- first name and phone are for the organiser only, and go 30 days after the session (purge).
CREATE TABLE help_session_reservations (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES help_sessions (id) ON DELETE CASCADE,
  reference text NOT NULL UNIQUE,
  first_name text NOT NULL,
  phone text NOT NULL,
  lang text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  -- The booking form's key: a doubled or retried form finds the reservation it already made.
  idempotency_key text NOT NULL UNIQUE
);
CREATE INDEX help_session_reservations_session ON help_session_reservations (session_id, created_at);
