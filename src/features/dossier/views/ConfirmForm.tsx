import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

interface Props {
  lang: Lang;
  csrf: string;
  version: number;
  idempotencyKey: string;
}

/**
 * "Confirm my dossier (bevestigen)". The key makes a double click or a resent form harmless: the
 * same key gets the first answer; the version refuses a confirmation of a dossier that changed.
 */
export function ConfirmForm({ lang, csrf, version, idempotencyKey }: Props) {
  const t = getT(lang);
  return (
    <form method="post" action="/api/dossier/confirm" class="no-print">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" id="version" name="version" value={String(version)} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit">{t('dossier.confirm.button')}</button>
    </form>
  );
}
