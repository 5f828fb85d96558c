-- The hourly purge (functions/purge.mts) finds old rows by these columns: with an index each
-- batch reads only the rows it deletes, instead of scanning the whole table every hour.
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
CREATE INDEX audit_log_at ON audit_log (at);
