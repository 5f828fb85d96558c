import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { FieldMessage, describedBy } from '../../../ui/form/FieldMessage';
import { RadioGroup } from '../../../ui/form/RadioGroup';
import { ACCEPT, DOCUMENT_KINDS, type DocumentKind } from '../model/kinds';
import { KIND_LABELS, REFUSAL_MESSAGES } from '../model/labels';
import { CHUNK_MAX, IMAGE_LONGEST_SIDE, RESUMABLE_FILE_MAX } from '../model/limits';
import type { AskedDocument, UploadRefusal } from '../model/types';
import { refusalField } from '../model/refusal-field';
import { UploadProgress } from './UploadProgress';
import { uploadScriptTexts } from './upload-script-texts';

interface Props {
  lang: Lang;
  asked: AskedDocument[];
  csrf: string;
  idempotencyKey: string;
  refusal: UploadRefusal | null;
  chosenKind: DocumentKind | null;
}

/** The kinds the housing company asks for first, then the others, in the model's order. */
export function kindOrder(asked: AskedDocument[]): DocumentKind[] {
  const first = asked.map((a) => a.kind);
  return [...first, ...DOCUMENT_KINDS.filter((kind) => !first.includes(kind))];
}

/**
 * One file and what it proves. A plain multipart form that works without JavaScript (up to
 * 4 MB); public/upload.js takes it over when it can and sends larger files in parts.
 */
export function UploadForm({ lang, asked, csrf, idempotencyKey, refusal, chosenKind }: Props) {
  const t = getT(lang);
  const field = refusal ? refusalField(refusal.reason) : null;
  const message = refusal ? REFUSAL_MESSAGES[refusal.reason] : undefined;
  const fileError = field === 'file' ? message : undefined;
  const options = kindOrder(asked).map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }));
  return (
    <section aria-labelledby="upload-title" class="no-print">
      <h2 id="upload-title">{t('documents.form.title')}</h2>
      <p>{t('documents.form.oneAtATime')}</p>
      <form
        method="post"
        action="/api/documents"
        enctype="multipart/form-data"
        novalidate
        id="upload-form"
        data-upload=""
        data-upload-url="/api/uploads"
        data-send-script="/upload-send.js"
        data-done-url={`/${lang}/dossier/documents/?sent=1`}
        data-max-bytes={String(RESUMABLE_FILE_MAX)}
        data-chunk-bytes={String(CHUNK_MAX)}
        data-longest-side={String(IMAGE_LONGEST_SIDE)}
        {...uploadScriptTexts(lang)}
      >
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <RadioGroup
          lang={lang}
          id="kind"
          legend={t('documents.form.kind')}
          options={options}
          value={chosenKind ?? undefined}
          error={field === 'kind' ? message : undefined}
        />
        <div class={fileError ? 'field has-error' : 'field'}>
          <label for="file">{t('documents.form.file')}</label>
          <span class="hint" id="file-hint">
            {t('documents.form.hint')}
          </span>
          <FieldMessage lang={lang} id="file" error={fileError} />
          <input
            type="file"
            id="file"
            name="file"
            accept={ACCEPT}
            aria-describedby={describedBy('file', true, fileError)}
            aria-invalid={fileError ? 'true' : undefined}
          />
        </div>
        <UploadProgress lang={lang} />
        <p>
          <button type="submit" id="upload-submit">
            {t('documents.form.submit')}
          </button>
        </p>
      </form>
      <script src="/upload.js" defer></script>
    </section>
  );
}
