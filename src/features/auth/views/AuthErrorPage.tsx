import type { AuthProblem } from '../model/auth-problem';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { loginLink } from '../login-link';
import { Document } from '../../../ui/Document';

/** Why logging in or a logged-in action did not work; each has its own plain explanation. */

const TEXTS: Record<AuthProblem, [title: string, text: string]> = {
  expired: ['auth.error.expired.title', 'auth.error.expired.text'],
  cancelled: ['auth.error.cancelled.title', 'auth.error.cancelled.text'],
  failed: ['auth.error.failed.title', 'auth.error.failed.text'],
  unknown: ['auth.error.unknown.title', 'auth.error.unknown.text'],
  unavailable: ['auth.error.unavailable.title', 'auth.error.unavailable.text'],
  csrf: ['auth.error.csrf.title', 'auth.error.csrf.text'],
  ended: ['auth.error.ended.title', 'auth.error.ended.text'],
};

interface Props {
  lang: Lang;
  problem: AuthProblem;
  /** The dossier page the person was going to, for "try again". */
  returnPath?: string | undefined;
}

/** A login that did not work: what happened, and what to do now (try again, or a way without logging in). */
export function AuthErrorPage({ lang, problem, returnPath }: Props) {
  const t = getT(lang);
  const [title, text] = TEXTS[problem];
  return (
    <Document lang={lang} title={t(title)} path="/sign-in/" hasError>
      <h1>{t(title)}</h1>
      <p class="panel warn">{t(text)}</p>
      <h2>{t('auth.error.next')}</h2>
      <ul>
        <li>
          <a href={loginLink(lang, returnPath)}>{t('auth.logInAgain')}</a>
        </li>
        <li>
          <a href={`/${lang}/login/no-login/`}>{t('auth.error.noLogin')}</a>
        </li>
        <li>
          <a href={`/${lang}/login/`}>{t('auth.error.howToLogin')}</a>
        </li>
      </ul>
    </Document>
  );
}
