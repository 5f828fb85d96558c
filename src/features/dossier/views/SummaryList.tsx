import type { Lang } from '../../../lib/languages';
import { getT } from '../../../lib/i18n';
import type { SummaryRow } from '../model/sections';

interface Props {
  lang: Lang;
  rows: SummaryRow[];
  /** Field names the person changed in this round: their rows get a visible "changed" label. */
  changedFields?: readonly string[];
}

/** GOV.UK summary list: each piece of data as a term and its value; changes named in words. */
export function SummaryList({ lang, rows, changedFields = [] }: Props) {
  const t = getT(lang);
  return (
    <dl class="summary">
      {rows.map((row) => (
        <div>
          <dt>
            <strong>{row.label}</strong>
          </dt>
          <dd>
            {row.value}
            {row.fields.some((field) => changedFields.includes(field)) && (
              <>
                {' '}
                <strong class="changed">{t('dossier.changedLabel')}</strong>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
