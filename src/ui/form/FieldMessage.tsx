import type { Lang } from '../../lib/languages';
import { getT } from '../../lib/i18n';

/** The hint and error ids a field's aria-describedby points to. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field error that starts with a visually hidden "Error:", as GOV.UK does. */
export function FieldMessage({ lang, id, error }: { lang: Lang; id: string; error: string | undefined }) {
  const t = getT(lang);
  if (!error) return null;
  return (
    <span class="field-error" id={`${id}-error`}>
      <span class="vh">{t('form.errorPrefix')}</span> {t(error)}
    </span>
  );
}
