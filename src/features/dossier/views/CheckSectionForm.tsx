import { getT } from '../../../lib/i18n';
import type { Section } from '../model/types';
import type { Lang } from '../../../lib/languages';

interface Props {
  lang: Lang;
  section: Section;
  csrf: string;
}

/** "This is right": a small form (works without JavaScript) that marks the section checked. */
export function CheckSectionForm({ lang, section, csrf }: Props) {
  const t = getT(lang);
  return (
    <form method="post" action="/api/dossier/check" class="no-print">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit">{t('dossier.section.right')}</button>
    </form>
  );
}
