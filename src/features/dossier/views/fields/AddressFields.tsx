import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** The address, the register it is in, and how the person lives now (woonsituatie). */
export function AddressFields({ t, values, errorFor }: FieldsProps) {
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
        options={radioOptions(t, 'register')}
        value={values['register']}
        error={errorFor('register')}
      />
      <RadioGroup
        t={t}
        id="situation"
        legend={t('dossier.field.situation')}
        options={radioOptions(t, 'situation')}
        value={values['situation']}
        error={errorFor('situation')}
      />
    </>
  );
}
