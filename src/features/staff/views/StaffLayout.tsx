import type { ComponentChildren } from 'preact';
import { getT } from '../../../lib/i18n';
import { textDirection, type Lang } from '../../../lib/languages';
import { Document } from '../../../ui/Document';
import { IDLE_MINUTES, LogoutButton, SessionTimeout } from '../../auth/views/index';
import { staffLang } from '../model/staff-languages';

interface Props {
  /** The language in the address. */
  lang: Lang;
  title: string;
  /** Path inside the language ("/staff/"), for the language switcher. */
  path: string;
  csrf: string;
  staffName: string;
  company: string;
  hasError?: boolean;
  /** The menu: the staff's own by default; a helper's pages pass theirs. */
  links?: ReadonlyArray<{ href: string; label: string }>;
  /** The menu's name for screen readers; the staff's by default. */
  navLabel?: string;
  children: ComponentChildren;
}

/**
 * The shell of every staff and helper page: written in nl, fr or en; in another language the page is in
 * Dutch, with one sentence in the person's own language saying so (marked with its language).
 */
export function StaffLayout({
  lang,
  title,
  path,
  csrf,
  staffName,
  company,
  hasError = false,
  links,
  navLabel,
  children,
}: Props) {
  const shown = staffLang(lang);
  const t = getT(shown);
  const menu = links ?? [
    { href: `/${lang}/staff/`, label: t('staff.nav.candidates') },
    { href: `/${lang}/staff/report/`, label: t('staff.nav.report') },
    { href: `/${lang}/staff/sessions/`, label: t('staffSessions.nav') },
  ];
  return (
    <Document lang={shown} title={title} path={path} hasError={hasError}>
      {shown !== lang && (
        <p class="panel" lang={lang} dir={textDirection(lang)}>
          {getT(lang)('staffPages.inDutch')}
        </p>
      )}
      <nav aria-label={navLabel ?? t('staff.nav.label')} class="no-print">
        <ul class="inline-list">
          {menu.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t('staff.loggedInAs', { name: staffName, company })}</p>
      {children}
      <SessionTimeout lang={shown} csrfToken={csrf} returnPath={`/${lang}${path}`} idleMinutes={IDLE_MINUTES} />
      <LogoutButton lang={shown} csrfToken={csrf} />
    </Document>
  );
}
