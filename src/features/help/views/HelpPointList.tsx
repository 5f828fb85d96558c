import type { Lang } from '../../../lib/languages';
import { searchText } from '../model/help-points';
import { getT } from '../../../lib/i18n';
import type { HelpPoint } from '../model/schema';

const KIND_LABELS = {
  'housing-company': 'help.kind.housingCompany',
  woonloket: 'help.kind.woonloket',
  ocmw: 'help.kind.ocmw',
  digipunt: 'help.kind.digipunt',
};

/** Places that help in person. Names, addresses and hours stay in Dutch, as on the door. */
export function HelpPointList({ lang, points }: { lang: Lang; points: HelpPoint[] }) {
  const t = getT(lang);
  return (
    <ul class="places" id="help-points">
      {points.map((point) => (
        <li data-search={searchText(point)}>
          <strong lang="nl">{point.name}</strong>
          <br />
          {t(KIND_LABELS[point.kind])}
          <br />
          <span lang="nl">{point.address}</span>
          <br />
          <span lang="nl">{point.hours}</span>
          {point.phone && (
            <>
              <br />
              <a href={`tel:${point.phone.replace(/\s/g, '')}`}>{point.phone}</a>
            </>
          )}
          {point.sample && (
            <>
              <br />
              <em>{t('help.sample')}</em>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
