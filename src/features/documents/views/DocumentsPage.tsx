import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import type { Dossier } from '../../dossier/model/index';
import { CheckSectionForm, DossierLayout } from '../../dossier/views/index';
import type { DocumentKind } from '../model/kinds';
import { REFUSAL_MESSAGES } from '../model/labels';
import { refusalField } from '../model/refusal-field';
import type { AskedDocument, DocumentsNotice, SentDocument, UploadRefusal } from '../model/types';
import { AskedList } from './AskedList';
import { DocumentsNoticePanel } from './DocumentsNoticePanel';
import { SentTable } from './SentTable';
import { UploadForm } from './UploadForm';

export interface DocumentsPageProps {
  lang: Lang;
  dossier: Dossier;
  asked: AskedDocument[];
  sent: SentDocument[];
  /** False once the dossier is confirmed: no form, no "Remove". */
  canChange: boolean;
  csrf: string;
  idempotencyKey: string;
  notice: DocumentsNotice;
  refusal: UploadRefusal | null;
  chosenKind: DocumentKind | null;
}

/**
 * /{lang}/dossier/documents/: what the housing company asks for, the files sent, and a form to
 * send one more (or, once the dossier is confirmed, why nothing can change).
 */
export function DocumentsPage(props: DocumentsPageProps) {
  const { lang, asked, sent, canChange, csrf, idempotencyKey, notice, refusal, chosenKind } = props;
  const t = getT(lang);
  const title = t('documents.title');
  const message = refusal ? REFUSAL_MESSAGES[refusal.reason] : null;
  return (
    <DossierLayout lang={lang} title={title} path="/dossier/documents/" csrf={csrf} hasError={refusal !== null}>
      <p>
        <a href={`/${lang}/dossier/`}>{t('dossier.back')}</a>
      </p>
      <h1 id="documents-title">{title}</h1>
      {refusal && message && canChange && (
        <ErrorSummary lang={lang} errors={[{ field: refusalField(refusal.reason), key: message }]} />
      )}
      {message && !canChange && (
        <p class="panel warn" role="alert">
          {t(message)}
        </p>
      )}
      <DocumentsNoticePanel lang={lang} notice={notice} />
      <p>{t('documents.intro')}</p>
      <AskedList lang={lang} asked={asked} />
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">{t('documents.sent.title')}</h2>
        <SentTable lang={lang} sent={sent} canChange={canChange} csrf={csrf} />
      </section>
      {canChange ? (
        <>
          <UploadForm
            lang={lang}
            asked={asked}
            csrf={csrf}
            idempotencyKey={idempotencyKey}
            refusal={refusal}
            chosenKind={chosenKind}
          />
          <section aria-labelledby="check-title" class="no-print">
            <h2 id="check-title">{t('documents.check.title')}</h2>
            <p>{t('documents.check.text')}</p>
            <CheckSectionForm lang={lang} section="documents" csrf={csrf} />
          </section>
        </>
      ) : (
        <p class="panel" id="documents-confirmed">
          {t('documents.confirmed')}
        </p>
      )}
    </DossierLayout>
  );
}
