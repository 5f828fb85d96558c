import type { Lang } from '../../lib/languages';
import { FieldMessage, describedBy } from './FieldMessage';

interface Props {
  lang: Lang;
  id: string;
  /** The field's name when it differs from the id (several forms on one page). */
  name?: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value?: string | undefined;
  error?: string | undefined;
}

/** Radios in a fieldset; the first radio carries the field id so the error summary can link to it. */
export function RadioGroup({ lang, id, name, legend, options, value, error }: Props) {
  return (
    <fieldset class={error ? 'field has-error' : 'field'} aria-describedby={describedBy(id, false, error)}>
      <legend>{legend}</legend>
      <FieldMessage lang={lang} id={id} error={error} />
      {options.map((option, index) => (
        <div class="choice">
          <input
            type="radio"
            id={index === 0 ? id : `${id}-${option.value}`}
            name={name ?? id}
            value={option.value}
            checked={option.value === value}
          />
          <label for={index === 0 ? id : `${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
