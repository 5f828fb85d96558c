-- What a request with an idempotency key asked for (a SHA-256 of its fields, never the fields):
-- a key replays its first answer only for the same request; another request with it gets 422.
ALTER TABLE idempotency_keys ADD COLUMN request_digest text;
