-- One confirmation per dossier version, enforced by the database itself: the confirm statement's
-- ON CONFLICT DO NOTHING then holds even for two requests that reach it at the same moment.
CREATE UNIQUE INDEX confirmations_one_per_version ON confirmations (dossier_id, dossier_version);
