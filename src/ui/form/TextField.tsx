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
  /** `file` takes a file instead (no value; `accept` says which kinds). */
  type?: 'text' | 'search' | 'tel' | 'file';
  accept?: string;
  autocomplete?: string;
  multiline?: boolean;
  maxLength?: number;
}

/** A labelled text input (or textarea, or file input) with its hint and error joined by aria-describedby. */
export function TextField({
  lang,
  id,
  name,
  label,
  hint,
  value = '',
  error,
  type = 'text',
  accept,
  autocomplete,
  multiline,
  maxLength,
}: Props) {
  const common = {
    id,
    name: name ?? id,
    ...(type === 'file' ? { accept } : { value }),
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
