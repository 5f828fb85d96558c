import { getT } from '../../../lib/i18n';
import type { DocumentMeta } from '../model/types';
import { formatDay } from '../../../lib/date-time';
import { numberFormat } from '../../../lib/formatters';
import type { Lang } from '../../../lib/languages';

const kilobytes = (bytes: number, lang: Lang) =>
  numberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000));

/** The documents the housing company has, and a link to the documents page to see or send more. */
export function DocumentList({ lang, documents }: { lang: Lang; documents: DocumentMeta[] }) {
  const t = getT(lang);
  return (
    <>
      {documents.length === 0 ? (
        <p>{t('dossier.documents.none')}</p>
      ) : (
        <table>
          <caption class="vh">{t('dossier.section.documents')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossier.documents.file')}</th>
              <th scope="col">{t('dossier.documents.size')}</th>
              <th scope="col">{t('dossier.documents.uploaded')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr>
                <td>{document.filename}</td>
                <td>{kilobytes(document.sizeBytes, lang)}</td>
                <td>{formatDay(document.uploadedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="no-print">
        <a href={`/${lang}/dossier/documents/`}>{t('dossier.documents.link')}</a>
      </p>
    </>
  );
}
