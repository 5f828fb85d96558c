import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

/** "Log out" as a small form (a POST with the session's token): a link could be followed by another site. */
export function LogoutButton({ lang, csrfToken }: { lang: Lang; csrfToken: string }) {
  return (
    <form method="post" action="/api/auth/logout" class="no-print">
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" class="button secondary">
        {getT(lang)('auth.logout.button')}
      </button>
    </form>
  );
}
