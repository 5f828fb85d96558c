import { formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { KIND_LABELS, STATUS_LABELS } from '../model/labels';
import type { SentDocument } from '../model/types';
import { RemoveButton } from './RemoveButton';
import { fileSize } from './file-size';

interface Props {
  lang: Lang;
  sent: SentDocument[];
  canChange: boolean;
  csrf: string;
}

/**
 * The files a person sent: name, what it proves, date, size and where it stands, with a
 * "Remove" button per file while the dossier can change. Scrolls sideways on a narrow phone.
 */
export function SentTable({ lang, sent, canChange, csrf }: Props) {
  const t = getT(lang);
  if (sent.length === 0) return <p id="sent-none">{t('documents.sent.none')}</p>;
  return (
    <div class="scroll" role="region" aria-labelledby="sent-caption" tabindex={0}>
      <table id="sent-files">
        <caption id="sent-caption">{t('documents.sent.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.table.name')}</th>
            <th scope="col">{t('documents.table.kind')}</th>
            <th scope="col">{t('documents.table.date')}</th>
            <th scope="col">{t('documents.table.size')}</th>
            <th scope="col">{t('documents.table.status')}</th>
            {canChange && <th scope="col">{t('documents.table.remove')}</th>}
          </tr>
        </thead>
        <tbody>
          {sent.map((document) => (
            <tr>
              <td>{document.displayName}</td>
              <td>{t(KIND_LABELS[document.kind])}</td>
              <td>{formatDay(document.uploadedAt, lang)}</td>
              <td>{fileSize(document.sizeBytes, lang)}</td>
              <td>{t(STATUS_LABELS[document.status])}</td>
              {canChange && (
                <td>
                  <RemoveButton lang={lang} id={document.id} name={document.displayName} csrf={csrf} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
