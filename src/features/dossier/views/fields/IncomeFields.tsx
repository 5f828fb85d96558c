import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** Which income counts (tax assessment or the last three months), its year and the amount. */
export function IncomeFields({ t, values, errorFor }: FieldsProps) {
  return (
    <>
      <RadioGroup
        t={t}
        id="source"
        legend={t('dossier.field.source')}
        options={radioOptions(t, 'source')}
        value={values['source']}
        error={errorFor('source')}
      />
      <TextField
        t={t}
        id="taxYear"
        label={t('dossier.field.taxYear')}
        hint={t('dossier.hint.taxYear')}
        value={values['taxYear']}
        error={errorFor('taxYear')}
        maxLength={4}
      />
      <TextField
        t={t}
        id="amount"
        label={t('dossier.field.amount')}
        hint={t('dossier.hint.amount')}
        value={values['amount']}
        error={errorFor('amount')}
      />
    </>
  );
}
