import type { Lang } from '../../lib/languages';
import { FieldMessage, describedBy } from './FieldMessage';

interface Props {
  lang: Lang;
  id: string;
  label: string;
  hint?: string;
  /** The first, empty choice ("Choose…"), so nothing is chosen for the person. */
  placeholder: string;
  /** Options in groups (a municipality's organisations), each group with its label. */
  groups: ReadonlyArray<{ label: string; options: ReadonlyArray<{ value: string; label: string }> }>;
  value?: string | undefined;
  error?: string | undefined;
}

/** A labelled drop-down list with its hint and error joined by aria-describedby. */
export function SelectField({ lang, id, label, hint, placeholder, groups, value, error }: Props) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldMessage lang={lang} id={id} error={error} />
      <select
        id={id}
        name={id}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        aria-invalid={error ? 'true' : undefined}
      >
        <option value="">{placeholder}</option>
        {groups.map((group) => (
          <optgroup label={group.label}>
            {group.options.map((option) => (
              <option value={option.value} selected={option.value === value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
