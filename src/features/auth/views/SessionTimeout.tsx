import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

/** The warning shows this long before the idle end: enough to read it and press the button. */
export const WARN_MINUTES = 5;

interface Props {
  lang: Lang;
  csrfToken: string;
  /** This page, to come back to after "Stay logged in" without JavaScript. */
  returnPath: string;
  idleMinutes: number;
}

/**
 * Says how long a session stays open (WCAG 2.2.1). With JavaScript, public/session-timeout.js
 * shows the warning 5 minutes before the idle end and moves focus to "Stay logged in"; without
 * it, the sentence above the warning is all there is, and any page load keeps the session open.
 */
export function SessionTimeout({ lang, csrfToken, returnPath, idleMinutes }: Props) {
  const t = getT(lang);
  return (
    <div class="no-print">
      <p class="hint">{t('auth.session.note', { minutes: idleMinutes })}</p>
      <div
        id="session-timeout"
        class="panel warn"
        role="alertdialog"
        aria-labelledby="session-timeout-title"
        aria-describedby="session-timeout-text"
        hidden
        data-idle-minutes={idleMinutes}
        data-warn-minutes={WARN_MINUTES}
        data-expired={t('auth.session.expired')}
        data-extended={t('auth.session.extended')}
      >
        <h2 id="session-timeout-title">{t('auth.session.warning.title')}</h2>
        <p id="session-timeout-text">{t('auth.session.warning.text', { minutes: WARN_MINUTES })}</p>
        <form method="post" action="/api/auth/extend" id="session-timeout-form">
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="return" value={returnPath} />
          <button type="submit" id="session-timeout-extend">
            {t('auth.session.extend')}
          </button>
        </form>
        <p id="session-timeout-login" hidden>
          <a href={`/${lang}/sign-in/`}>{t('auth.logInAgain')}</a>
        </p>
      </div>
      <p id="session-timeout-status" class="vh" role="status"></p>
      <script src="/session-timeout.js" defer></script>
    </div>
  );
}
