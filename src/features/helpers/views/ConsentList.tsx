import { formatDateTime, formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { Consent } from '../model/consent';
import { CONSENT_STATE_KEYS, VIEW_KEYS } from './labels';

interface Props {
  lang: Lang;
  csrf: string;
  consents: Consent[];
}

/** Every consent the candidate gave: to whom, until when, its state, who looked; "Withdraw" for a running one. */
export function ConsentList({ lang, csrf, consents }: Props) {
  const t = getT(lang);
  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('helpers.list.title')}</h2>
      {consents.length === 0 && <p>{t('helpers.list.none')}</p>}
      {consents.map((consent) => {
        const name = consent.organisationName;
        const until = formatDay(consent.endsAt, lang);
        return (
          <article class="panel" aria-labelledby={`consent-${consent.id}`}>
            <h3 id={`consent-${consent.id}`}>{name}</h3>
            <p>
              <strong>{t(CONSENT_STATE_KEYS[consent.state])}</strong>{' '}
              {consent.state === 'active' && t('helpers.list.until', { date: until })}
              {consent.state === 'ended' && t('helpers.list.endedOn', { date: until })}
              {consent.state === 'withdrawn' &&
                consent.withdrawnAt &&
                t('helpers.list.withdrawnOn', { date: formatDateTime(consent.withdrawnAt, lang) })}
            </p>
            <p>{t('helpers.list.given', { date: formatDay(consent.givenAt, lang) })}</p>
            {consent.views.length === 0 ? (
              <p>{t('helpers.list.noViews')}</p>
            ) : (
              <>
                <p>{t('helpers.list.views')}</p>
                <ul>
                  {consent.views.map((view) => (
                    <li>{t(VIEW_KEYS[view.what], { name: view.helperName, date: formatDateTime(view.at, lang) })}</li>
                  ))}
                </ul>
              </>
            )}
            {consent.state === 'active' && (
              <form method="post" action="/api/dossier/consents/withdraw">
                <input type="hidden" name="csrf" value={csrf} />
                <input type="hidden" name="lang" value={lang} />
                <input type="hidden" name="consent" value={consent.id} />
                <button type="submit" class="secondary" aria-describedby={`consent-${consent.id}`}>
                  {t('helpers.list.withdraw')}
                </button>
              </form>
            )}
          </article>
        );
      })}
    </section>
  );
}
