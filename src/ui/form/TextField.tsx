import type { Lang } from '../../lib/languages';
import { FieldMessage, describedBy } from './FieldMessage';

interface Props {
  lang: Lang;
  id: string;
  /** The field's name when several forms on one page share it; else the id. */
  name?: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'search' | 'tel';
  autocomplete?: string;
  multiline?: boolean;
  maxLength?: number;
}

/** A labelled text input (or textarea) with its hint and error joined by aria-describedby. */
export function TextField({
  lang,
  id,
  name,
  label,
  hint,
  value = '',
  error,
  type = 'text',
  autocomplete,
  multiline,
  maxLength,
}: Props) {
  const common = {
    id,
    name: name ?? id,
    value,
    'aria-describedby': describedBy(id, Boolean(hint), error),
    'aria-invalid': error ? ('true' as const) : undefined,
    autocomplete,
    maxLength,
  };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldMessage lang={lang} id={id} error={error} />
      {multiline ? <textarea {...common} rows={5} /> : <input {...common} type={type} />}
    </div>
  );
}
