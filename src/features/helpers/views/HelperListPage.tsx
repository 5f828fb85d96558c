import { formatDay } from '../../../lib/date-time';
import { formatDate, getT } from '../../../lib/i18n';
import { staffLang } from '../../staff/model/index';
import type { HelperCandidate } from '../model/progress';
import { HelperLayout, type HelperFrame } from './HelperLayout';
import { STATUS_KEYS } from './labels';

interface Props extends HelperFrame {
  candidates: HelperCandidate[];
}

/** /{lang}/helper/: the candidates who gave the helper's organisation a running consent; nobody without one. */
export function HelperListPage({ candidates, ...frame }: Props) {
  const shown = staffLang(frame.lang);
  const t = getT(shown);
  return (
    <HelperLayout {...frame} title={t('helperPages.list.title')} path="/helper/">
      <h1>{t('helperPages.list.title')}</h1>
      <p>{t('helperPages.minimisation')}</p>
      {candidates.length === 0 ? (
        <p class="panel">{t('helperPages.list.none')}</p>
      ) : (
        <table>
          <caption>{t('helperPages.list.caption', { count: candidates.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('helperPages.list.name')}</th>
              <th scope="col">{t('helperPages.list.status')}</th>
              <th scope="col">{t('helperPages.list.deadline')}</th>
              <th scope="col">{t('helperPages.list.consentUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate) => (
              <tr>
                <th scope="row">
                  <a href={`/${frame.lang}/helper/candidates/${candidate.consentId}/`}>{candidate.name}</a>
                </th>
                <td>{t(STATUS_KEYS[candidate.status])}</td>
                <td>{candidate.deadline ? formatDate(candidate.deadline, shown) : '–'}</td>
                <td>{formatDay(candidate.consentEndsAt, shown)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </HelperLayout>
  );
}
