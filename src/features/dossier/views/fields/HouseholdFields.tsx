import { getT } from '../../../../lib/i18n';
import { formatDate } from '../../../../lib/i18n';
import { CheckboxField } from '../CheckboxField';
import { ROLE_LABELS } from '../../model/sections';
import type { FieldsProps } from './fields-props';

/** Per household member: a disability, and whether they are a dependant (ten laste). */
export function HouseholdFields({ lang, dossier, values }: FieldsProps) {
  const t = getT(lang);
  return (
    <>
      {dossier.household.map((member) => (
        <fieldset class="field">
          <legend>
            {member.givenName} {member.familyName}
            <span class="hint">
              {t(ROLE_LABELS[member.role])}, {t('dossier.member.born', { date: formatDate(member.birthDate, lang) })}
            </span>
          </legend>
          <CheckboxField
            id={`disability-${member.id}`}
            label={t('dossier.field.disability')}
            checked={Boolean(values[`disability-${member.id}`])}
          />
          <CheckboxField
            id={`dependent-${member.id}`}
            label={t('dossier.field.dependent')}
            checked={Boolean(values[`dependent-${member.id}`])}
          />
        </fieldset>
      ))}
    </>
  );
}
