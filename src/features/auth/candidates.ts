import { DEFAULT_LANG, isLang, type Lang } from '../../lib/languages';
import { normalizeNationalNumber } from '../../lib/national-number';
import { audit, candidateActor } from '../../platform/db/audit';
import { inTransaction } from '../../platform/db/transaction';

interface CandidateRow {
  id: string;
  preferred_lang: string;
  oidc_sub: string | null;
  dossier_id: string | null;
}

/**
 * Finds the candidate by national number, records oidc_sub on first login, writes an audit row
 * `login`. null when nobody has that number, or when the candidate already logged in under
 * another subject: the identity provider's pseudonym for a person never changes, so a different
 * one means something is wrong (audit 'login.refused').
 */
export async function findCandidateForLogin(
  nationalNumber: string,
  oidcSub: string,
): Promise<{ id: string; preferredLang: Lang } | null> {
  const digits = normalizeNationalNumber(nationalNumber);
  if (!digits || oidcSub === '') return null;
  return inTransaction(async (client) => {
    const { rows } = await client.query<CandidateRow>(
      `SELECT c.id, c.preferred_lang, c.oidc_sub, d.id AS dossier_id
         FROM candidates c LEFT JOIN dossiers d ON d.candidate_id = c.id
        WHERE c.national_number = $1
        FOR UPDATE OF c`,
      [digits],
    );
    const candidate = rows[0];
    if (!candidate) return null;
    const actor = candidateActor(candidate.id);
    if (candidate.oidc_sub !== null && candidate.oidc_sub !== oidcSub) {
      await audit(actor, candidate.dossier_id, 'login.refused', client);
      return null;
    }
    if (candidate.oidc_sub === null) {
      await client.query('UPDATE candidates SET oidc_sub = $2 WHERE id = $1 AND oidc_sub IS NULL', [
        candidate.id,
        oidcSub,
      ]);
    }
    await client.query('UPDATE candidates SET last_login_at = now() WHERE id = $1', [candidate.id]);
    await audit(actor, candidate.dossier_id, 'login', client);
    return {
      id: candidate.id,
      preferredLang: isLang(candidate.preferred_lang) ? candidate.preferred_lang : DEFAULT_LANG,
    };
  });
}
