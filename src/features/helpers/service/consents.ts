import { audit, candidateActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';
import { consentMonths, type Consent, type ConsentProblem } from '../model/consent';
import { organisationById } from '../model/organisations';
import { consentOfKey, consentsOfDossier, insertConsent, withdrawConsent } from '../store/consent-store';

interface Candidate {
  candidateId: string;
  dossierId: string;
}

export type GiveResult = { ok: true; consentId: string } | { ok: false; problems: ConsentProblem[] };

/**
 * The candidate gives an organisation from the list consent to follow their progress, for 1, 3
 * or 6 months; giving the same organisation again replaces the running period. Once per key: a
 * repeated form finds the consent it gave. Audited `helpers.consent.give`.
 */
export async function giveConsent(
  candidate: Candidate,
  form: { organisation: string | undefined; months: string | undefined },
  key: string,
): Promise<GiveResult> {
  const organisation = organisationById(form.organisation);
  const months = consentMonths(form.months);
  const problems: ConsentProblem[] = [];
  if (!organisation) problems.push('organisationMissing');
  if (!months) problems.push('monthsMissing');
  if (!organisation || !months) return { ok: false, problems };
  const consentId = await inTransaction(async (client) => {
    const earlier = await consentOfKey(client, candidate.dossierId, key);
    if (earlier) return earlier;
    const id = await insertConsent(client, {
      dossierId: candidate.dossierId,
      organisation: organisation.id,
      organisationName: organisation.name,
      months,
      key,
    });
    if (id) await audit(candidateActor(candidate.candidateId), candidate.dossierId, 'helpers.consent.give', client);
    return id ?? (await consentOfKey(client, candidate.dossierId, key));
  });
  // A key another dossier used (a form that was not this page's): refused, nothing given.
  return consentId ? { ok: true, consentId } : { ok: false, problems: ['formUsed'] };
}

/**
 * Withdraws a running consent at once: the helper's next request finds nothing. False when this
 * dossier has no running consent with this id (already withdrawn or ended: nothing to do).
 */
export async function withdraw(candidate: Candidate, consentId: string): Promise<boolean> {
  const done = await withdrawConsent(candidate.dossierId, consentId);
  if (done) await audit(candidateActor(candidate.candidateId), candidate.dossierId, 'helpers.consent.withdraw');
  return done;
}

/** Every consent the candidate gave, with who looked and when. */
export const consentsOf = (dossierId: string): Promise<Consent[]> => consentsOfDossier(dossierId);
