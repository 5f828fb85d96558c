// The targets of `npm run bench:api`, judged from its rows.
import type { Row } from './measure';

export interface Target {
  target: string;
  measured: string;
  /** SKIP: the run's load is not the one the target is set for. */
  result: 'PASS' | 'FAIL' | 'SKIP';
}

export interface Duplicates {
  sent: number;
  /** Her confirmations before the copies were sent: 0 in a fresh database. */
  confirmationsBefore: number;
  /** Confirmations the copies added: exactly 1 is right. */
  confirmationsRecorded: number;
}

const verdict = (ok: boolean): Target['result'] => (ok ? 'PASS' : 'FAIL');

/**
 * The dossier page at 50 connections: p95 ≤ 100 ms and ≥ 300 requests/s; the deadline
 * calculator ≥ 1,000 requests/s; exactly one confirmation recorded for all the copies; a housing
 * company's at-risk list among 5,000 candidates p95 ≤ 150 ms at 20 connections.
 */
export function judge(
  dossier: Row,
  deadline: Row,
  duplicates: Duplicates,
  connections: number,
  staff: { row: Row; connections: number },
): Target[] {
  const { confirmationsBefore: before, confirmationsRecorded: recorded } = duplicates;
  return [
    {
      target: 'at-risk list of 5,000 candidates p95 ≤ 150 ms at 20 connections',
      measured: `${staff.row.p95Ms} ms at ${staff.connections}, ${staff.row.errors} errors`,
      result: staff.connections === 20 ? verdict(staff.row.p95Ms <= 150 && staff.row.errors === 0) : 'SKIP',
    },
    {
      target: 'dossier page p95 ≤ 100 ms at 50 connections',
      measured: `${dossier.p95Ms} ms at ${connections}`,
      result: connections === 50 ? verdict(dossier.p95Ms <= 100) : 'SKIP',
    },
    { target: 'dossier page ≥ 300 requests/s', measured: `${dossier.rps}/s`, result: verdict(dossier.rps >= 300) },
    { target: 'deadline ≥ 1,000 requests/s', measured: `${deadline.rps}/s`, result: verdict(deadline.rps >= 1000) },
    {
      target: `exactly one confirmation recorded for ${duplicates.sent} copies`,
      // A database that already held her confirmation (a reused DATABASE_URL) cannot show this.
      measured: before === 0 ? String(recorded) : `${recorded} (the database already held ${before})`,
      result: verdict(recorded === 1),
    },
  ];
}
