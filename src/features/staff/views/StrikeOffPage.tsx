import { formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { RadioGroup } from '../../../ui/form/RadioGroup';
import { GROUND_LABELS, STRIKE_OFF_GROUNDS } from '../model/grounds';
import { staffLang } from '../model/staff-languages';
import type { CandidatePageProps } from './CandidatePage';
import { ActForm } from './ActForm';
import { LETTER_KEYS } from './labels';
import { StaffLayout } from './StaffLayout';

interface Props extends CandidatePageProps {
  today: string;
  values?: { ground?: string; noticeDate?: string };
}

const yesNo = (t: ReturnType<typeof getT>, value: boolean) => (value ? t('staff.yes') : t('staff.no'));

/**
 * /{lang}/staff/candidates/{reference}/strike-off/: striking off is a deliberate act. First what
 * is known (letters and their deadlines, logged in, help, proxy), then the ground, the reason and
 * the notice date from which the candidate has 30 days to contest.
 */
export function StrikeOffPage({
  lang,
  csrf,
  staffName,
  company,
  candidate: c,
  idempotencyKey,
  today,
  problem,
  values,
}: Props) {
  const shown = staffLang(lang);
  const t = getT(shown);
  const first = c.letters.find((l) => l.kind === 'first');
  const reminder = c.letters.find((l) => l.kind === 'reminder');
  const letterLine = (letter: (typeof c.letters)[number] | undefined, key: string) =>
    letter
      ? t('staff.strike.letterSent', {
          letter: t(LETTER_KEYS[key] ?? 'staff.letter.first'),
          sent: formatDay(letter.sentOn, shown),
          deadline: letter.deadline ? formatDay(letter.deadline, shown) : '–',
        }) +
        ' ' +
        (letter.deadline && letter.deadline < today ? t('staff.strike.passed') : t('staff.strike.notPassed'))
      : t('staff.strike.letterNotSent', { letter: t(LETTER_KEYS[key] ?? 'staff.letter.first') });
  const fieldId = problem ? (problem.field === 'form' ? 'strike-off' : `strike-off-${problem.field}`) : '';
  const errorFor = (field: string) => (problem?.field === field ? problem.key : undefined);
  const title = t('staff.strike.title', { name: c.name });
  return (
    <StaffLayout
      lang={lang}
      title={title}
      path={`/staff/candidates/${c.reference}/strike-off/`}
      csrf={csrf}
      staffName={staffName}
      company={company}
      hasError={problem !== null}
    >
      <ErrorSummary
        lang={shown}
        errors={
          problem ? [{ field: problem.field === 'ground' ? 'strike-off-ground' : fieldId, key: problem.key }] : []
        }
      />
      <p>
        <a href={`/${lang}/staff/candidates/${encodeURIComponent(c.reference)}/`}>{t('staff.strike.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('staff.strike.intro')}</p>
      <h2>{t('staff.strike.known')}</h2>
      <ul>
        <li>{letterLine(first, 'first')}</li>
        <li>{letterLine(reminder, 'reminder')}</li>
        <li>
          {c.lastLoginAt
            ? t('staff.strike.loggedIn', { date: formatDay(c.lastLoginAt, shown) })
            : t('staff.strike.neverLoggedIn')}
        </li>
        <li>
          {t('staff.candidate.help')}: {yesNo(t, c.askedHelp)}
        </li>
        <li>
          {t('staff.candidate.proxy')}: {yesNo(t, c.hasProxy)}
        </li>
        <li>
          {t('staff.strike.paper')}: {yesNo(t, c.hasPaperReaction)}
        </li>
      </ul>
      {c.status === 'struck-off' ? (
        <p class="panel">{t('staff.refused.struckOff')}</p>
      ) : (
        <ActForm
          lang={shown}
          addressLang={lang}
          id="strike-off"
          kind="strike-off"
          action="/api/staff/acts"
          reference={c.reference}
          csrf={csrf}
          idempotencyKey={idempotencyKey}
          title={t('staff.act.strikeOff')}
          effect={t('staff.strike.effect')}
          button={t('staff.strike.button')}
          reasonError={errorFor('reason')}
          reason={problem?.reason}
        >
          <RadioGroup
            lang={shown}
            id="strike-off-ground"
            name="ground"
            legend={t('staff.strike.ground')}
            options={STRIKE_OFF_GROUNDS.map((g) => ({ value: g, label: t(GROUND_LABELS[g]) }))}
            value={values?.ground}
            error={errorFor('ground')}
          />
          <TextField
            lang={shown}
            id="strike-off-noticeDate"
            name="noticeDate"
            label={t('staff.strike.noticeDate')}
            hint={t('staff.strike.noticeDateHint')}
            value={values?.noticeDate ?? today}
            error={errorFor('noticeDate')}
          />
        </ActForm>
      )}
    </StaffLayout>
  );
}
