import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { Document } from '../../../ui/Document';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import type { HelpSession } from '../model/types';
import { sessionDate } from './session-text';

interface Props {
  lang: Lang;
  /** What was typed, kept when it was refused. */
  reference?: string;
  /** The key of what was wrong with it: empty, or no reservation has it. */
  error?: string | undefined;
  /** Set once cancelled (or when it was cancelled before): the session it was for. */
  cancelled?: { session: HelpSession | null } | undefined;
}

/** Cancel a reservation with its reference: the form, or the clear "cancelled". */
export function CancelPage({ lang, reference = '', error, cancelled }: Props) {
  const t = getT(lang);
  const title = t(cancelled ? 'sessions.cancel.done.title' : 'sessions.cancel.title');
  return (
    <Document lang={lang} title={title} path="/help-near-me/cancel/" hasError={Boolean(error)}>
      <h1>{title}</h1>
      {cancelled ? (
        <div class="panel ok" role="status">
          {cancelled.session && (
            <p>
              <span lang="nl">{cancelled.session.place}</span>
              {`, ${sessionDate(cancelled.session.date, lang)}, ${cancelled.session.time}`}
            </p>
          )}
          <p>{t('sessions.cancel.done.text')}</p>
        </div>
      ) : (
        <form method="post" action="/api/help-sessions/cancel" class="panel" novalidate>
          <ErrorSummary lang={lang} errors={error ? [{ field: 'reference', key: error }] : []} />
          <p>{t('sessions.cancel.intro')}</p>
          <input type="hidden" name="lang" value={lang} />
          <TextField
            lang={lang}
            id="reference"
            label={t('sessions.cancel.reference')}
            hint={t('sessions.cancel.reference.hint')}
            value={reference}
            error={error}
            autocomplete="off"
            maxLength={40}
          />
          <p>
            <button type="submit">{t('sessions.cancel.submit')}</button>
          </p>
        </form>
      )}
      <p>
        <a href={`/${lang}/help-near-me/`}>{t('sessions.searchAgain')}</a>
      </p>
    </Document>
  );
}
