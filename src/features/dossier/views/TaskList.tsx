import { getT } from '../../../lib/i18n';
import { SECTIONS, type Dossier } from '../model/types';
import type { Lang } from '../../../lib/languages';
import { SECTION_TITLES, STATE_LABELS } from '../model/labels';

interface Props {
  lang: Lang;
  sections: Dossier['sections'];
}

/** The six parts of the dossier, each a link to its page and its state in words (not colour alone). */
export function TaskList({ lang, sections }: Props) {
  const t = getT(lang);
  return (
    <table>
      <caption class="vh">{t('dossier.overview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dossier.overview.part')}</th>
          <th scope="col">{t('dossier.overview.state')}</th>
        </tr>
      </thead>
      <tbody>
        {SECTIONS.map((section) => (
          <tr>
            <th scope="row">
              <a href={`/${lang}/dossier/${section}/`} aria-describedby={`state-${section}`}>
                {t(SECTION_TITLES[section])}
              </a>
            </th>
            <td id={`state-${section}`}>
              {sections[section].state === 'to-check' ? (
                t(STATE_LABELS['to-check'])
              ) : (
                <strong>{t(STATE_LABELS[sections[section].state])}</strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
