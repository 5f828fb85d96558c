import { getT } from '../../../../lib/i18n';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../../lib/languages';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import type { FieldsProps } from './fields-props';

/** Phone, e-mail and preferred language; the register data above the form cannot be changed here. */
export function PersonalFields({ lang, values, errorFor }: FieldsProps) {
  const t = getT(lang);
  return (
    <>
      <TextField
        lang={lang}
        id="phone"
        type="tel"
        autocomplete="tel"
        label={t('dossier.field.phone')}
        hint={t('dossier.hint.phone')}
        value={values['phone']}
        error={errorFor('phone')}
      />
      <TextField
        lang={lang}
        id="email"
        autocomplete="email"
        label={t('dossier.field.email')}
        hint={t('dossier.hint.optional')}
        value={values['email']}
        error={errorFor('email')}
      />
      <p>{t('dossier.hint.preferredLang')}</p>
      <RadioGroup
        lang={lang}
        id="preferredLang"
        legend={t('dossier.field.preferredLang')}
        options={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        value={values['preferredLang']}
        error={errorFor('preferredLang')}
      />
    </>
  );
}
