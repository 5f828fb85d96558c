import { jsonResponse } from '../../../platform/http/respond';
import { purgeOldRows } from '../service/purge';

/**
 * The hourly scheduled run (functions/purge.mts): wipes expired sessions, idempotency keys and
 * old audit rows, and answers with the counts. A run that ran out of time says so in the log,
 * with counts only, never a row: a backlog that keeps growing is worth a look.
 */
export const purgeOldData = async () => {
  const report = await purgeOldRows();
  if (!report.done)
    console.warn(
      `purge: stopped for time after ${report.sessions} sessions, ${report.workSessions} staff sessions, ${report.idempotencyKeys} idempotency keys, ${report.keptAnswers} kept answers, ${report.auditLog} audit rows, ${report.reservations} reservations, ${report.consents} consents (${report.ms} ms); the next run goes on`,
    );
  return jsonResponse(report);
};
