import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../lib/languages';
import { Document } from '../../../ui/Document';
import { IDLE_MINUTES, LogoutButton, SessionTimeout } from '../../auth/views/index';

interface Props {
  lang: Lang;
  title: string;
  /** Path inside the language ("/dossier/income/"), for the language switcher. */
  path: string;
  csrf: string;
  hasError?: boolean;
  children: ComponentChildren;
}

/** The page shell of every logged-in page: the site's Document, the idle warning and "Log out". */
export function DossierLayout({ lang, title, path, csrf, hasError = false, children }: Props) {
  return (
    <Document lang={lang} title={title} path={path} hasError={hasError}>
      {children}
      <SessionTimeout lang={lang} csrfToken={csrf} returnPath={`/${lang}${path}`} idleMinutes={IDLE_MINUTES} />
      <LogoutButton lang={lang} csrfToken={csrf} />
    </Document>
  );
}
