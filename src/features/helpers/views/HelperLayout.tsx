import type { ComponentChildren } from 'preact';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { staffLang } from '../../staff/model/index';
import { StaffLayout } from '../../staff/views/index';

export interface HelperFrame {
  lang: Lang;
  csrf: string;
  helperName: string;
  organisation: string;
}

interface Props extends HelperFrame {
  title: string;
  path: string;
  children: ComponentChildren;
}

/** The shell of a helper's page: the staff pages' shell (nl, fr, en; else Dutch with a note) with the helper's menu. */
export function HelperLayout({ lang, csrf, helperName, organisation, title, path, children }: Props) {
  const t = getT(staffLang(lang));
  return (
    <StaffLayout
      lang={lang}
      title={title}
      path={path}
      csrf={csrf}
      staffName={helperName}
      company={organisation}
      navLabel={t('helperPages.nav.label')}
      links={[{ href: `/${lang}/helper/`, label: t('helperPages.nav.candidates') }]}
    >
      {children}
    </StaffLayout>
  );
}
