import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

interface Props {
  lang: Lang;
  id: string;
  /** The file's shown name, so a screen reader hears which file the button removes. */
  name: string;
  csrf: string;
}

/** "Remove" for one file: a small POST form that works without JavaScript. */
export function RemoveButton({ lang, id, name, csrf }: Props) {
  const t = getT(lang);
  return (
    <form method="post" action={`/api/documents/${encodeURIComponent(id)}/remove`} class="no-print">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" class="button secondary">
        {t('documents.remove.button')}
        <span class="vh">: {name}</span>
      </button>
    </form>
  );
}
