import { deleteInBatches, type BatchOptions, type BatchResult } from '../../../platform/db/delete-in-batches';
import { RESERVATION_DAYS_AFTER } from '../model/retention';

/** Deletes the reservations (first name, phone) of sessions that ended RESERVATION_DAYS_AFTER days ago or more. */
export const purgeReservations = (options: BatchOptions): Promise<BatchResult> =>
  deleteInBatches(
    'help_session_reservations',
    'session_id IN (SELECT id FROM help_sessions WHERE ends_at < now() - make_interval(days => $1))',
    [RESERVATION_DAYS_AFTER],
    options,
  );
