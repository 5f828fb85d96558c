import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** Where the person wants to live and which kind of home; wide choices give more chances. */
export function ChoicesFields({ t, values, errorFor }: FieldsProps) {
  return (
    <>
      <TextField
        t={t}
        id="municipalities"
        multiline
        label={t('dossier.field.municipalities')}
        hint={t('dossier.hint.municipalities')}
        value={values['municipalities']}
        error={errorFor('municipalities')}
      />
      <RadioGroup
        t={t}
        id="homeType"
        legend={t('dossier.field.homeType')}
        options={radioOptions(t, 'homeType')}
        value={values['homeType']}
        error={errorFor('homeType')}
      />
    </>
  );
}
