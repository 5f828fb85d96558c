interface Props {
  id: string;
  label: string;
  checked: boolean;
}

/** One checkbox with its label; an unticked box sends nothing, which the schema reads as "no". */
export function CheckboxField({ id, label, checked }: Props) {
  return (
    <div class="choice">
      <input type="checkbox" id={id} name={id} value="on" checked={checked} />
      <label for={id}>{label}</label>
    </div>
  );
}
