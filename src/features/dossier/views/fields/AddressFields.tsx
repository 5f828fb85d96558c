import { REGISTERS, SITUATIONS } from '../../model/schemas';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { OPTION_LABELS } from '../../model/labels';
import type { FieldsProps } from './fields-props';

/** The address, the register it is in, and how the person lives now (woonsituatie). */
export function AddressFields({ t, values, errorFor }: FieldsProps) {
  const options = (field: string, list: readonly string[]) =>
    list.map((value) => ({ value, label: t(OPTION_LABELS[field]?.[value] ?? value) }));
  return (
    <>
      <TextField
        t={t}
        id="street"
        autocomplete="address-line1"
        label={t('dossier.field.street')}
        value={values['street']}
        error={errorFor('street')}
      />
      <TextField
        t={t}
        id="postcode"
        autocomplete="postal-code"
        label={t('dossier.field.postcode')}
        value={values['postcode']}
        error={errorFor('postcode')}
        maxLength={4}
      />
      <TextField
        t={t}
        id="municipality"
        autocomplete="address-level2"
        label={t('dossier.field.municipality')}
        value={values['municipality']}
        error={errorFor('municipality')}
      />
      <RadioGroup
        t={t}
        id="register"
        legend={t('dossier.field.register')}
        options={options('register', REGISTERS)}
        value={values['register']}
        error={errorFor('register')}
      />
      <RadioGroup
        t={t}
        id="situation"
        legend={t('dossier.field.situation')}
        options={options('situation', SITUATIONS)}
        value={values['situation']}
        error={errorFor('situation')}
      />
    </>
  );
}
