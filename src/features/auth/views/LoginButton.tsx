import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { loginLink } from '../login-link';

/** "Log in": a plain link styled as a button, so it works without JavaScript and can be bookmarked. */
export function LoginButton({ lang }: { lang: Lang }) {
  return (
    <p>
      <a class="button" href={loginLink(lang)}>
        {getT(lang)('auth.signIn.button')}
      </a>
    </p>
  );
}
