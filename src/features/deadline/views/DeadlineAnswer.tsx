import type { Deadline } from '../model/deadlines';
import { APPEAL_DAYS, pinAdvice } from '../model/deadlines';
import { formatDate, getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

const PIN_ADVICE = {
  'enough-time': 'deadline.pin.enoughTime',
  'maybe-too-late': 'deadline.pin.maybeTooLate',
  'too-late': 'deadline.pin.tooLate',
};

/** The calculator's answer: the last day, days left, and what to do next. */
export function DeadlineAnswer({ lang, result }: { lang: Lang; result: Deadline }) {
  const t = getT(lang);
  const passed = result.daysLeft < 0;
  const query = new URLSearchParams({ letter: result.letter, kind: result.kind, lang, format: 'ics' });
  return (
    <>
      <div class={`panel ${passed ? 'warn' : 'ok'}`}>
        <p>{t('deadline.answer.lastDay', { date: formatDate(result.deadline, lang) })}</p>
        <p>
          <strong>
            {passed
              ? t('deadline.answer.passed', { count: -result.daysLeft })
              : result.daysLeft === 0
                ? t('deadline.answer.today')
                : t('deadline.answer.left', { count: result.daysLeft })}
          </strong>
        </p>
      </div>
      <p>
        <a class="button secondary" href={`/api/deadline?${query.toString()}`}>
          {t('deadline.calendar')}
        </a>
      </p>
      {passed ? (
        <>
          <h2>{t('deadline.passed.title')}</h2>
          <ol class="steps">
            <li>{t('deadline.passed.call')}</li>
            <li>{t('deadline.passed.appeal', { days: APPEAL_DAYS })}</li>
          </ol>
          <p>
            <a href={`/${lang}/struck-off/`}>{t('deadline.passed.link')}</a>
          </p>
        </>
      ) : (
        <>
          <h2>{t('deadline.next.title')}</h2>
          <p>{t(result.kind === 'first' ? 'deadline.next.first' : 'deadline.next.last')}</p>
          <h2>{t('deadline.pin.title')}</h2>
          <p>{t(PIN_ADVICE[pinAdvice(result.daysLeft)])}</p>
          <p>
            <a href={`/${lang}/login/pin-forgotten/?deadline=${result.deadline}`}>{t('deadline.pin.link')}</a>
          </p>
          <p>
            <a href={`/${lang}/login/`}>{t('deadline.login')}</a>
          </p>
        </>
      )}
    </>
  );
}
