import type { ComponentChildren } from 'preact';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { TextField } from '../../../ui/form/TextField';
import { REASON_MAX } from '../model/acts';

interface Props {
  lang: Lang;
  /** The address in the form's language, for the answer. */
  addressLang: Lang;
  id: string;
  title: string;
  /** What will happen: said before the button, never after. */
  effect: string;
  action: string;
  reference: string;
  kind: string;
  csrf: string;
  idempotencyKey: string;
  button: string;
  reasonError?: string | undefined;
  reason?: string | undefined;
  multipart?: boolean;
  children?: ComponentChildren;
}

/**
 * One act for a candidate as a plain form: what will happen, a required reason, and a button.
 * A random key per page makes a double click or a retry record the act once.
 */
export function ActForm(props: Props) {
  const t = getT(props.lang);
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="panel no-print">
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p>{props.effect}</p>
      <form method="post" action={props.action} {...(props.multipart ? { enctype: 'multipart/form-data' } : {})}>
        <input type="hidden" name="csrf" value={props.csrf} />
        <input type="hidden" name="lang" value={props.addressLang} />
        <input type="hidden" name="reference" value={props.reference} />
        <input type="hidden" name="kind" value={props.kind} />
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {props.children}
        <TextField
          lang={props.lang}
          id={`${props.id}-reason`}
          name="reason"
          label={t('staff.act.reason')}
          hint={t('staff.act.reasonHint')}
          value={props.reason}
          error={props.reasonError}
          multiline
          maxLength={REASON_MAX}
        />
        <button type="submit">{props.button}</button>
      </form>
    </section>
  );
}
