import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { DocumentsNotice } from '../model/types';

/** After the plain form or "Remove": what happened, announced politely (role="status"). */
export function DocumentsNoticePanel({ lang, notice }: { lang: Lang; notice: DocumentsNotice }) {
  const t = getT(lang);
  if (notice === null) return null;
  return (
    <div class="panel ok" role="status" id="documents-notice">
      <p>{notice === 'sent' ? t('documents.notice.sent') : t('documents.notice.removed')}</p>
    </div>
  );
}
