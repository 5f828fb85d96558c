import type { TFunction } from 'i18next';

/** The hint and error ids a field's aria-describedby points to. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field error that starts with a visually hidden "Error:", as GOV.UK does. */
export function FieldMessage({ t, id, error }: { t: TFunction; id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span class="field-error" id={`${id}-error`}>
      <span class="vh">{t('form.errorPrefix')}</span> {t(error)}
    </span>
  );
}
