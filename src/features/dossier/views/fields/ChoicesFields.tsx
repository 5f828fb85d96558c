import { HOME_TYPES } from '../../model/schemas';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { OPTION_LABELS } from '../../model/labels';
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
        options={HOME_TYPES.map((value) => ({ value, label: t(OPTION_LABELS['homeType']?.[value] ?? value) }))}
        value={values['homeType']}
        error={errorFor('homeType')}
      />
    </>
  );
}
