import { getT } from '../../../../lib/i18n';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** Which income counts (tax assessment or the last three months), its year and the amount. */
export function IncomeFields({ lang, values, errorFor }: FieldsProps) {
  const t = getT(lang);
  return (
    <>
      <RadioGroup
        lang={lang}
        id="source"
        legend={t('dossier.field.source')}
        options={radioOptions(t, 'source')}
        value={values['source']}
        error={errorFor('source')}
      />
      <TextField
        lang={lang}
        id="taxYear"
        label={t('dossier.field.taxYear')}
        hint={t('dossier.hint.taxYear')}
        value={values['taxYear']}
        error={errorFor('taxYear')}
        maxLength={4}
      />
      <TextField
        lang={lang}
        id="amount"
        label={t('dossier.field.amount')}
        hint={t('dossier.hint.amount')}
        value={values['amount']}
        error={errorFor('amount')}
      />
    </>
  );
}
