import { formatDateTime, formatDay } from '../../../lib/date-time';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/TextField';
import { ACCEPT, FORM_FILE_MAX, KIND_LABELS, STATUS_LABELS } from '../../documents/model/index';
import type { DocumentKind } from '../../documents/model/index';
import { ACT_LABELS } from '../model/acts';
import { GROUND_LABELS } from '../model/grounds';
import { staffLang } from '../model/staff-languages';
import type { StaffCandidate } from '../model/types';
import { ActForm } from './ActForm';
import { LETTER_KEYS, STATUS_KEYS } from './labels';
import { StaffLayout } from './StaffLayout';

export interface ActProblem {
  /** The form it is about: `proxy`, `paper-reaction`, `help-asked`, `confirmation`, `appeal`. */
  form: string;
  field: string;
  key: string;
  reason?: string;
}

/** What every page about one candidate gets: the frame, the candidate, a fresh key, a refusal. */
export interface CandidatePageProps {
  lang: Lang;
  csrf: string;
  staffName: string;
  company: string;
  candidate: StaffCandidate;
  idempotencyKey: string;
  problem: ActProblem | null;
}

interface Props extends CandidatePageProps {
  /** The act just recorded (after the 303), for the confirmation at the top. */
  done: string | null;
}

const DONE_KEYS: Record<string, string> = {
  proxy: 'staff.done.proxy',
  'paper-reaction': 'staff.done.paperReaction',
  'help-asked': 'staff.done.helpAsked',
  confirmation: 'staff.done.confirmation',
  'strike-off': 'staff.done.strikeOff',
  appeal: 'staff.done.appeal',
};

/** /{lang}/staff/candidates/{reference}/: one candidate, what happened, and what staff can do. */
export function CandidatePage({ lang, csrf, staffName, company, candidate: c, idempotencyKey, done, problem }: Props) {
  const shown = staffLang(lang);
  const t = getT(shown);
  const errorOf = (form: string) => (problem?.form === form ? problem.key : undefined);
  const reasonOf = (form: string) => (problem?.form === form ? problem.reason : undefined);
  const open = c.status === 'open';
  const formId = (form: string) =>
    problem?.form === form && problem.field !== 'form' ? `${form}-${problem.field}` : form;
  const common = {
    lang: shown,
    addressLang: lang,
    reference: c.reference,
    csrf,
    idempotencyKey,
    action: '/api/staff/acts',
  };
  return (
    <StaffLayout
      lang={lang}
      title={t('staff.candidate.title', { name: c.name })}
      path={`/staff/candidates/${c.reference}/`}
      csrf={csrf}
      staffName={staffName}
      company={company}
      hasError={problem !== null}
    >
      <ErrorSummary lang={shown} errors={problem ? [{ field: formId(problem.form), key: problem.key }] : []} />
      {done && DONE_KEYS[done] && (
        <div class="panel ok" role="status">
          <p>{t(DONE_KEYS[done] as string)}</p>
        </div>
      )}
      <p>
        <a href={`/${lang}/staff/`}>{t('staff.candidate.back')}</a>
      </p>
      <h1>{t('staff.candidate.title', { name: c.name })}</h1>
      <dl class="summary">
        <dt>{t('staff.candidate.reference')}</dt>
        <dd>{c.reference}</dd>
        <dt>{t('staff.list.status')}</dt>
        <dd>{t(STATUS_KEYS[c.status])}</dd>
        <dt>{t('staff.list.days')}</dt>
        <dd>
          {c.deadline === null || c.daysLeft === null
            ? '–'
            : `${formatDay(c.deadline, shown)} (${
                c.daysLeft < 0
                  ? t('staff.list.daysPassed', { count: -c.daysLeft })
                  : t('staff.list.daysLeft', { count: c.daysLeft })
              })`}
        </dd>
        <dt>{t('staff.list.lastLogin')}</dt>
        <dd>{c.lastLoginAt ? formatDateTime(c.lastLoginAt, shown) : t('staff.list.never')}</dd>
        <dt>{t('staff.candidate.municipality')}</dt>
        <dd>{c.municipality}</dd>
        <dt>{t('staff.candidate.proxy')}</dt>
        <dd>{c.hasProxy ? t('staff.yes') : t('staff.no')}</dd>
        <dt>{t('staff.candidate.help')}</dt>
        <dd>{c.askedHelp ? t('staff.yes') : t('staff.no')}</dd>
        {c.confirmation && (
          <>
            <dt>{t('staff.candidate.confirmed')}</dt>
            <dd>
              {c.confirmation.byStaff
                ? t('staff.candidate.confirmedBy', {
                    name: c.confirmation.byStaff,
                    date: formatDateTime(c.confirmation.confirmedAt, shown),
                  })
                : t('staff.candidate.confirmedSelf', { date: formatDateTime(c.confirmation.confirmedAt, shown) })}
            </dd>
          </>
        )}
        {c.strikeOff && (
          <>
            <dt>{t('staff.candidate.struckOff')}</dt>
            <dd>
              {t('staff.candidate.struckOffOn', {
                ground: t(GROUND_LABELS[c.strikeOff.ground]),
                date: formatDay(c.strikeOff.noticeDate, shown),
              })}
              {c.strikeOff.contestedOn &&
                ` ${t('staff.candidate.contestedOn', { date: formatDay(c.strikeOff.contestedOn, shown) })}`}
            </dd>
          </>
        )}
      </dl>

      <h2>{t('staff.candidate.letters')}</h2>
      {c.letters.length === 0 ? (
        <p>{t('staff.list.noLetter')}</p>
      ) : (
        <ul>
          {c.letters.map((letter) => (
            <li>
              {t(LETTER_KEYS[letter.kind] ?? 'staff.letter.first')}: {formatDay(letter.sentOn, shown)}
              {letter.deadline && ` – ${t('staff.candidate.until', { date: formatDay(letter.deadline, shown) })}`}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('staff.candidate.documents')}</h2>
      <p>{t('staff.list.documentsCount', { received: c.documentsReceived, asked: c.documentsAsked })}</p>
      {c.documents.length > 0 && (
        <ul>
          {c.documents.map((d) => (
            <li>
              {d.status === 'quarantined' ? (
                t(KIND_LABELS[d.kind as DocumentKind] ?? 'documents.kind.other')
              ) : (
                <a href={`/api/staff/documents/${d.id}/file`}>
                  {t(KIND_LABELS[d.kind as DocumentKind] ?? 'documents.kind.other')}
                </a>
              )}{' '}
              – {t(STATUS_LABELS[d.status as keyof typeof STATUS_LABELS] ?? 'documents.status.received')},{' '}
              {formatDay(d.uploadedAt, shown)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('staff.candidate.history')}</h2>
      {c.acts.length === 0 ? (
        <p>{t('staff.candidate.noActs')}</p>
      ) : (
        <ul>
          {c.acts.map((a) => (
            <li>
              {t('staff.candidate.actLine', {
                act: t(ACT_LABELS[a.kind]),
                name: a.staffName,
                date: formatDateTime(a.at, shown),
              })}{' '}
              <q>{a.reason}</q>
            </li>
          ))}
        </ul>
      )}

      {c.status !== 'struck-off' && (
        <>
          <h2>{t('staff.candidate.acts')}</h2>
          {open && (
            <ActForm
              {...common}
              id="proxy"
              kind="proxy"
              action="/api/staff/proxy"
              multipart
              title={t('staff.act.proxy')}
              effect={t('staff.act.proxyEffect')}
              button={t('staff.act.proxyButton')}
              reasonError={errorOf('proxy') && problem?.field === 'reason' ? errorOf('proxy') : undefined}
              reason={reasonOf('proxy')}
            >
              <TextField
                lang={shown}
                id="proxy-file"
                name="file"
                type="file"
                accept={ACCEPT}
                label={t('staff.act.proxyFile')}
                hint={t('staff.act.proxyFileHint', { size: Math.round(FORM_FILE_MAX / 1024 / 1024) })}
                error={problem?.form === 'proxy' && problem.field === 'file' ? problem.key : undefined}
              />
            </ActForm>
          )}
          {open && (
            <ActForm
              {...common}
              id="paper-reaction"
              kind="paper-reaction"
              title={t('staff.act.paperReaction')}
              effect={t('staff.act.paperReactionEffect')}
              button={t('staff.act.paperReactionButton')}
              reasonError={errorOf('paper-reaction')}
              reason={reasonOf('paper-reaction')}
            />
          )}
          <ActForm
            {...common}
            id="help-asked"
            kind="help-asked"
            title={t('staff.act.helpAsked')}
            effect={t('staff.act.helpAskedEffect')}
            button={t('staff.act.helpAskedButton')}
            reasonError={errorOf('help-asked')}
            reason={reasonOf('help-asked')}
          />
          {open &&
            (c.hasProxy || c.hasPaperReaction ? (
              <ActForm
                {...common}
                id="confirmation"
                kind="confirmation"
                title={t('staff.act.confirmation')}
                effect={t('staff.act.confirmationEffect', { name: c.name })}
                button={t('staff.act.confirmationButton')}
                reasonError={errorOf('confirmation')}
                reason={reasonOf('confirmation')}
              />
            ) : (
              <p>{t('staff.act.confirmationNeedsProxy')}</p>
            ))}
          <p>
            <a
              class="button secondary"
              href={`/${lang}/staff/candidates/${encodeURIComponent(c.reference)}/strike-off/`}
            >
              {t('staff.act.strikeOffLink')}
            </a>
          </p>
        </>
      )}
      {c.strikeOff && !c.strikeOff.contestedOn && (
        <ActForm
          {...common}
          id="appeal"
          kind="appeal"
          title={t('staff.act.appeal')}
          effect={t('staff.act.appealEffect')}
          button={t('staff.act.appealButton')}
          reasonError={errorOf('appeal') && problem?.field === 'reason' ? errorOf('appeal') : undefined}
          reason={reasonOf('appeal')}
        >
          <TextField
            lang={shown}
            id="appeal-contestedOn"
            name="contestedOn"
            label={t('staff.act.contestedOn')}
            hint={t('staff.act.dateHint')}
            error={problem?.form === 'appeal' && problem.field === 'contestedOn' ? problem.key : undefined}
          />
        </ActForm>
      )}
    </StaffLayout>
  );
}
