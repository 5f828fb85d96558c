import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import { ADDRESS_MAX, NAME_MAX } from '../../../lib/validation/text-field';
import { TextField } from '../../../ui/form/TextField';

interface Props {
  lang: Lang;
  values: Record<string, string>;
  errorFor: (field: string) => string | undefined;
}

/** Who sends a letter and to which housing company: shared by the proxy and the appeal letters. */
export function LetterSenderFields({ lang, values, errorFor }: Props) {
  const t = getT(lang);
  return (
    <>
      <TextField
        lang={lang}
        id="fullName"
        label={t('letter.fullName')}
        value={values['fullName']}
        error={errorFor('fullName')}
        autocomplete="name"
        maxLength={NAME_MAX}
      />
      <TextField
        lang={lang}
        id="address"
        label={t('letter.address')}
        hint={t('letter.address.hint')}
        value={values['address']}
        error={errorFor('address')}
        multiline
        maxLength={ADDRESS_MAX}
      />
      <TextField
        lang={lang}
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
