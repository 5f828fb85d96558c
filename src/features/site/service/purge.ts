import { deleteInBatches, type BatchOptions } from '../../../platform/db/delete-in-batches';
import { KEPT_MINUTES } from '../../../platform/http/kept-answers';
import { AUDIT_YEARS, SHORT_LIVED_DAYS } from '../model/retention';
import { purgeReservations } from '../../sessions/index';
import { purgeEndedConsents } from '../../helpers/index';

/** How many rows went, per table; numbers only, so the report can be logged. */
export interface PurgeReport {
  sessions: number;
  /** Staff members' and helpers' sessions, on the same rule as the candidates'. */
  workSessions: number;
  idempotencyKeys: number;
  keptAnswers: number;
  auditLog: number;
  /** Help session reservations (first name, phone) 30 days after their session. */
  reservations: number;
  /** Helpers' consents (and who looked) a year after they ended or were withdrawn. */
  consents: number;
  /** False when the run stopped for time: the next run goes on. */
  done: boolean;
  ms: number;
}

/**
 * Removes what the site no longer needs: sessions not used for a day (a session ends after 30
 * minutes idle, so these are long over), idempotency keys older than a day (a retry comes within
 * seconds, and they keep whole answer pages), answers kept over a lapsed session once their hour
 * is over (they hold what a person typed), and audit rows older than the period the privacy page
 * states, help session reservations 30 days after their session, and helpers' consents a year
 * after they ended; staff and helpers' sessions go on the candidates' rule. Login attempts are
 * not stored: they live in a 10-minute cookie.
 * Scheduled functions stop after 30 seconds, so all of them share one time budget.
 */
export async function purgeOldRows({ timeBudgetMs = 20_000, ...options }: BatchOptions = {}): Promise<PurgeReport> {
  const started = performance.now();
  const budget = () => ({ ...options, timeBudgetMs: Math.max(0, timeBudgetMs - (performance.now() - started)) });
  const sessions = await deleteInBatches(
    'sessions',
    'last_seen_at < now() - make_interval(days => $1)',
    [SHORT_LIVED_DAYS],
    budget(),
  );
  const workSessions = await deleteInBatches(
    'staff_sessions',
    'last_seen_at < now() - make_interval(days => $1)',
    [SHORT_LIVED_DAYS],
    budget(),
  );
  const keys = await deleteInBatches(
    'idempotency_keys',
    'created_at < now() - make_interval(days => $1)',
    [SHORT_LIVED_DAYS],
    budget(),
  );
  const kept = await deleteInBatches(
    'kept_answers',
    'created_at < now() - make_interval(mins => $1)',
    [KEPT_MINUTES],
    budget(),
  );
  const audit = await deleteInBatches('audit_log', 'at < now() - make_interval(years => $1)', [AUDIT_YEARS], budget());
  const reservations = await purgeReservations(budget());
  const consents = await purgeEndedConsents(budget());
  return {
    sessions: sessions.deleted,
    workSessions: workSessions.deleted,
    idempotencyKeys: keys.deleted,
    keptAnswers: kept.deleted,
    auditLog: audit.deleted,
    reservations: reservations.deleted,
    consents: consents.deleted,
    done: [sessions, workSessions, keys, kept, audit, reservations, consents].every((result) => result.done),
    ms: Math.round(performance.now() - started),
  };
}
