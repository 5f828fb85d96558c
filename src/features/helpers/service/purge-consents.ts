import { deleteInBatches, type BatchOptions, type BatchResult } from '../../../platform/db/delete-in-batches';
import { CONSENT_KEPT_YEARS } from '../model/retention';

/**
 * Removes consents (and with them the list of who looked) a year after they ended or were
 * withdrawn, as the privacy page says. A running consent is never touched.
 */
export const purgeEndedConsents = (options: BatchOptions): Promise<BatchResult> =>
  deleteInBatches(
    'helper_consents',
    'coalesce(withdrawn_at, ends_at) < now() - make_interval(years => $1)',
    [CONSENT_KEPT_YEARS],
    options,
  );
