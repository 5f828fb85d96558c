import type pg from 'pg';
import { db } from './db';

/** Who acted: a logged-in candidate (by id, never by name), a staff member or helper (by identifier) or the system. */
const ACTOR =
  /^(candidate:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(staff|helper):[a-z0-9-]{1,40}|system)$/;
/** What happened, as a dotted name ("dossier.update.income"): there is no room for data in it. */
const ACTION = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)*$/;

/**
 * The audit actor for a candidate.
 * @example candidateActor('5f0c…') // 'candidate:5f0c…'
 */
export const candidateActor = (candidateId: string) => `candidate:${candidateId}`;

/**
 * The audit actor for a housing company's staff member, by the identity provider's identifier.
 * @example staffActor('staff-a1') // 'staff:staff-a1'
 */
export const staffActor = (staffId: string) => `staff:${staffId}`;

/**
 * The audit actor for a helper of an OCMW, a housing service or a digipunt.
 * @example helperActor('helper-ocmw-1') // 'helper:helper-ocmw-1'
 */
export const helperActor = (helperId: string) => `helper:${helperId}`;

/** The audit actor of a work session: a helper's or a staff member's. */
export const workActor = (role: 'housing-staff' | 'helper', id: string) =>
  role === 'helper' ? helperActor(id) : staffActor(id);

/**
 * Records who touched which dossier, how and when; never the data itself. Inside a transaction
 * pass its client, so the audit row commits (or rolls back) with the change it describes.
 * Throws on an actor or action that could carry personal data: that is a programming error.
 * @example await audit(candidateActor(id), dossierId, 'dossier.read');
 */
export async function audit(
  actor: string,
  dossierId: string | null,
  action: string,
  client?: pg.PoolClient,
): Promise<void> {
  if (!ACTOR.test(actor) || !ACTION.test(action)) throw new Error('audit: actor or action has an unexpected form');
  await (client ?? db()).query('INSERT INTO audit_log (actor, dossier_id, action) VALUES ($1, $2, $3)', [
    actor,
    dossierId,
    action,
  ]);
}
