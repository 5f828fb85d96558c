import { getT } from '../../../../lib/i18n';
import { RadioGroup } from '../../../../ui/form/RadioGroup';
import { TextField } from '../../../../ui/form/TextField';
import { radioOptions } from './radio-options';
import type { FieldsProps } from './fields-props';

/** The address, the register it is in, and how the person lives now (woonsituatie). */
export function AddressFields({ lang, values, errorFor }: FieldsProps) {
  const t = getT(lang);
  return (
    <>
      <TextField
        lang={lang}
        id="street"
        autocomplete="address-line1"
        label={t('dossier.field.street')}
        value={values['street']}
        error={errorFor('street')}
      />
      <TextField
        lang={lang}
        id="postcode"
        autocomplete="postal-code"
        label={t('dossier.field.postcode')}
        value={values['postcode']}
        error={errorFor('postcode')}
        maxLength={4}
      />
      <TextField
        lang={lang}
        id="municipality"
        autocomplete="address-level2"
        label={t('dossier.field.municipality')}
        value={values['municipality']}
        error={errorFor('municipality')}
      />
      <RadioGroup
        lang={lang}
        id="register"
        legend={t('dossier.field.register')}
        options={radioOptions(t, 'register')}
        value={values['register']}
        error={errorFor('register')}
      />
      <RadioGroup
        lang={lang}
        id="situation"
        legend={t('dossier.field.situation')}
        options={radioOptions(t, 'situation')}
        value={values['situation']}
        error={errorFor('situation')}
      />
    </>
  );
}
