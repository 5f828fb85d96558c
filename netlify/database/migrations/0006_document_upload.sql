-- What the housing company asks a candidate to send (the tax assessment, proof of income…);
-- every file a candidate sends proves one of these (documents.kind).
CREATE TABLE document_requests (
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('tax-assessment', 'income-proof', 'disability-certificate',
    'residence-papers', 'benefit-certificate', 'proxy-form', 'other')),
  asked_on date NOT NULL DEFAULT current_date,
  PRIMARY KEY (dossier_id, kind)
);

-- A sent file: `filename` is the person's name for it, cleaned, for display only; the file itself
-- is the blob `blob_key` (a random key, never the name). `quarantined` until the virus scanner
-- says it is clean (never served), then `received`; `checked` once the housing company looked.
ALTER TABLE documents
  ADD COLUMN status text NOT NULL DEFAULT 'received' CHECK (status IN ('quarantined', 'received', 'checked')),
  ADD COLUMN sha256 char(64),
  -- The upload (a resumable upload's id, or a form's idempotency key) that brought it: a finish
  -- handled twice stores one file.
  ADD COLUMN upload_key text,
  ADD CONSTRAINT documents_upload_once UNIQUE (dossier_id, upload_key),
  ADD CONSTRAINT documents_kind CHECK (kind IN ('tax-assessment', 'income-proof', 'disability-certificate',
    'residence-papers', 'benefit-certificate', 'proxy-form', 'other'));
