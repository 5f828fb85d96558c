import { todayInBelgium } from '../../../lib/dates';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { LETTERS, fillLine } from '../model/letter-text';
import type { FieldError } from '../../../lib/validation/issues';
import type { ProxyLetter } from '../model/schemas';
import { Document } from '../../../ui/Document';
import { LetterSheet } from './LetterSheet';
import { PrintButton } from '../../../ui/PrintButton';
import { ProxyLetterForm } from './ProxyLetterForm';

interface Props {
  lang: Lang;
  letter?: ProxyLetter | undefined;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/** The filled-in proxy letter, ready to print; or the form again with what was wrong. */
export function ProxyLetterPage({ lang, letter, values, errors = [] }: Props) {
  const t = getT(lang);
  const text = LETTERS.proxy;
  return (
    <Document lang={lang} title={t('proxy.page.title')} path="/login/no-login/" hasError={errors.length > 0}>
      <h1>{t('proxy.page.title')}</h1>
      {letter ? (
        <>
          <div class="panel no-print">
            <p>{t('letter.inDutch')}</p>
            <ol class="steps">
              <li>{t('letter.step.print')}</li>
              <li>{t('letter.step.sign')}</li>
              <li>{t('proxy.step.send')}</li>
            </ol>
          </div>
          <PrintButton lang={lang} />
          <LetterSheet sender={letter} to={[letter.housingCompany]} date={todayInBelgium()}>
            <p>
              <strong>{text.subject}</strong>
            </p>
            <p>{text.greeting}</p>
            {text.body.map((line) => (
              <p>{fillLine(line, { reason: text.reasons[letter.reason] })}</p>
            ))}
            <p>{text.closing}</p>
          </LetterSheet>
          <p class="no-print">
            <a href={`/${lang}/login/no-login/`}>{t('letter.back')}</a>
          </p>
        </>
      ) : (
        <ProxyLetterForm lang={lang} values={values ?? {}} errors={errors} />
      )}
    </Document>
  );
}
