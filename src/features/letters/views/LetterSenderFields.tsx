import type { TFunction } from 'i18next';
import { ADDRESS_MAX, NAME_MAX } from '../../../lib/validation/text-field';
import { TextField } from '../../../ui/form/TextField';

interface Props {
  t: TFunction;
  values: Record<string, string>;
  errorFor: (field: string) => string | undefined;
}

/** Who sends a letter and to which housing company: shared by the proxy and the appeal letters. */
export function LetterSenderFields({ t, values, errorFor }: Props) {
  return (
    <>
      <TextField
        t={t}
        id="fullName"
        label={t('letter.fullName')}
        value={values['fullName']}
        error={errorFor('fullName')}
        autocomplete="name"
        maxLength={NAME_MAX}
      />
      <TextField
        t={t}
        id="address"
        label={t('letter.address')}
        hint={t('letter.address.hint')}
        value={values['address']}
        error={errorFor('address')}
        multiline
        maxLength={ADDRESS_MAX}
      />
      <TextField
        t={t}
        id="housingCompany"
        label={t('letter.housingCompany')}
        hint={t('letter.housingCompany.hint')}
        value={values['housingCompany']}
        error={errorFor('housingCompany')}
        maxLength={NAME_MAX}
      />
    </>
  );
}
