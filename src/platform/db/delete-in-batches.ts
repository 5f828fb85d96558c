import { db } from './db';

/** A table or column name written in the code, never one that came from a request. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface BatchOptions {
  /** Rows per statement: each statement locks only these, and only for its own short moment. */
  batchSize?: number;
  /** Stop starting new batches after this long; what is left goes on the next run. */
  timeBudgetMs?: number;
}

export interface BatchResult {
  deleted: number;
  /** False when the time budget ran out before the last matching row was gone. */
  done: boolean;
}

/**
 * Deletes the rows of `table` that match `condition` (SQL with $1… for `params`), a batch at a
 * time, each batch its own statement and so its own short transaction: a big table is never
 * locked for long, and rows another request holds are skipped (SKIP LOCKED), not waited for.
 * @example await deleteInBatches('sessions', `last_seen_at < now() - interval '1 day'`) // { deleted: 1200, done: true }
 */
export async function deleteInBatches(
  table: string,
  condition: string,
  params: unknown[] = [],
  { batchSize = 2_000, timeBudgetMs = 20_000 }: BatchOptions = {},
): Promise<BatchResult> {
  if (!IDENTIFIER.test(table)) throw new Error('deleteInBatches: unexpected table name');
  const limit = `$${params.length + 1}`;
  // `ctid = ANY(ARRAY(…))` lets the planner fetch the chosen rows by their physical address (a TID
  // scan); `ctid IN (SELECT …)` became a join that read the whole table once per batch.
  const sql = `DELETE FROM ${table} WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM ${table} WHERE ${condition} LIMIT ${limit} FOR UPDATE SKIP LOCKED))`;
  const stopAt = performance.now() + timeBudgetMs;
  let deleted = 0;
  for (;;) {
    const { rowCount } = await db().query(sql, [...params, batchSize]);
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < batchSize) return { deleted, done: true };
    if (performance.now() >= stopAt) return { deleted, done: false };
  }
}
