import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { FIELD_LABELS, OPTION_LABELS, formFieldsOf, type EditableSection } from '../model/sections';
import type { Dossier } from '../model/types';
import { LANGUAGE_NAMES, isLang } from '../../../lib/languages';

interface Props {
  lang: Lang;
  section: EditableSection;
  /** The dossier as saved now (by the other device or tab). */
  dossier: Dossier;
  saved: Record<string, string>;
  typed: Record<string, string>;
}

const TICK = /^(disability|dependent)-(.+)$/;

/** Side by side: what is saved now and what the person typed, each difference named in words. */
export function ComparisonTable({ lang, section, dossier, saved, typed }: Props) {
  const t = getT(lang);
  const label = (field: string) => {
    const tick = TICK.exec(field);
    const member = tick && dossier.household.find((m) => m.id === tick[2]);
    if (tick && member) return `${member.givenName} ${member.familyName}: ${t(FIELD_LABELS[tick[1] ?? ''] ?? '')}`;
    return t(FIELD_LABELS[field] ?? field);
  };
  const text = (field: string, value = '') => {
    if (TICK.test(field)) return t(value ? 'dossier.value.yes' : 'dossier.value.no');
    if (value.trim() === '') return t('dossier.value.none');
    if (field === 'preferredLang' && isLang(value)) return LANGUAGE_NAMES[value];
    const option = OPTION_LABELS[field]?.[value];
    return option ? t(option) : value.split(/\r?\n/).join(', ');
  };
  return (
    <table>
      <caption class="vh">{t('dossier.conflict.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dossier.conflict.question')}</th>
          <th scope="col">{t('dossier.conflict.saved')}</th>
          <th scope="col">{t('dossier.conflict.typed')}</th>
        </tr>
      </thead>
      <tbody>
        {formFieldsOf(section, dossier).map((field) => {
          const [now, mine] = [text(field, saved[field]), text(field, typed[field])];
          return (
            <tr>
              <th scope="row">{label(field)}</th>
              <td>{now}</td>
              <td>
                {mine}
                {now !== mine && (
                  <>
                    {' '}
                    <strong>({t('dossier.conflict.different')})</strong>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
