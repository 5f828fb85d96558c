import { addDays, daysBetween, todayInBelgium } from '../../../lib/dates';
import { APPEAL_DAYS } from '../../deadline/model/index';
import { formatDate, getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { LETTERS, fillLine } from '../model/letter-text';
import type { FieldError } from '../../../lib/validation/issues';
import type { AppealLetter } from '../model/schemas';
import { AppealLetterForm } from './AppealLetterForm';
import { Document } from '../../../ui/Document';
import { LetterSheet } from './LetterSheet';
import { PrintButton } from '../../../ui/PrintButton';

interface Props {
  lang: Lang;
  letter?: AppealLetter | undefined;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** The filled-in appeal letter with its last day to send; or the form again with what was wrong. */
export function AppealLetterPage({ lang, letter, values, errors = [] }: Props) {
  const t = getT(lang);
  const text = LETTERS.appeal;
  const today = todayInBelgium();
  const lastDay = letter ? addDays(letter.noticeDate, APPEAL_DAYS) : '';
  const late = letter ? daysBetween(today, lastDay) < 0 : false;
  return (
    <Document lang={lang} title={t('appeal.page.title')} path="/struck-off/" hasError={errors.length > 0}>
      <h1>{t('appeal.page.title')}</h1>
      {letter ? (
        <>
          <div class={`panel no-print ${late ? 'warn' : ''}`}>
            <p>
              <strong>
                {t(late ? 'appeal.lastDay.passed' : 'appeal.lastDay', { date: formatDate(lastDay, lang) })}
              </strong>
            </p>
            <p>{t('letter.inDutch')}</p>
            <ol class="steps">
              <li>{t('letter.step.print')}</li>
              <li>{t('letter.step.sign')}</li>
              <li>{t('appeal.step.send')}</li>
            </ol>
          </div>
          <PrintButton lang={lang} />
          <LetterSheet sender={letter} to={text.to} date={today}>
            <p>
              <strong>{text.subject}</strong>
            </p>
            <p>{text.greeting}</p>
            {text.body.map((line) => (
              <p>
                {fillLine(line, {
                  noticeDate: formatDate(letter.noticeDate, 'nl'),
                  housingCompany: letter.housingCompany,
                })}
              </p>
            ))}
            <p class="pre">{letter.reason}</p>
            <p>{text.request}</p>
            <p>{text.attachment}</p>
            <p>{text.closing}</p>
          </LetterSheet>
          <p class="no-print">
            <a href={`/${lang}/struck-off/`}>{t('letter.back')}</a>
          </p>
        </>
      ) : (
        <AppealLetterForm lang={lang} values={values ?? {}} errors={errors} />
      )}
    </Document>
  );
}
