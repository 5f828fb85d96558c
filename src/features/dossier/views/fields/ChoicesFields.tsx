import { getT } from '../../../../lib/i18n';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** Where the person wants to live and which kind of home; wide choices give more chances. */
export function ChoicesFields({ lang, values, errorFor }: FieldsProps) {
  const t = getT(lang);
  return (
    <>
      <TextField
        lang={lang}
        id="municipalities"
        multiline
        label={t('dossier.field.municipalities')}
        hint={t('dossier.hint.municipalities')}
        value={values['municipalities']}
        error={errorFor('municipalities')}
      />
      <RadioGroup
        lang={lang}
        id="homeType"
        legend={t('dossier.field.homeType')}
        options={radioOptions(t, 'homeType')}
        value={values['homeType']}
        error={errorFor('homeType')}
      />
    </>
  );
}
