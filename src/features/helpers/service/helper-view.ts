import type { StaffSession } from '../../auth/index';
import { dossierDeadline } from '../../dossier/model/index';
import { todayInBelgium } from '../../../lib/dates';
import { audit, helperActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';
import type { HelperCandidate, HelperProgress } from '../model/progress';
import { candidatesOfOrganisation, insertView, readProgress } from '../store/progress-store';

/** The candidates who gave this helper's organisation a running consent. Audited `helpers.list`. */
export async function helperCandidates(helper: StaffSession): Promise<HelperCandidate[]> {
  const list = await candidatesOfOrganisation(helper.company);
  await audit(helperActor(helper.staffId), null, 'helpers.list');
  return list;
}

/**
 * One candidate's progress for a helper, checked against the consent at this very request; null
 * when there is no running consent of the helper's organisation with this id (the page is a
 * 404). Every look is written down for the candidate and audited, in one transaction.
 */
export async function helperProgress(
  helper: StaffSession,
  consentId: string,
  what: 'progress' | 'sheet',
): Promise<HelperProgress | null> {
  return inTransaction(async (client) => {
    const row = await readProgress(helper.company, consentId, client);
    if (!row) return null;
    await insertView(client, {
      consentId,
      helperId: helper.staffId,
      helperName: `${helper.givenName} ${helper.familyName}`,
      what,
    });
    await audit(helperActor(helper.staffId), row.dossierId, `helpers.view.${what}`, client);
    return {
      consentId,
      name: row.name,
      reference: row.reference,
      housingCompany: row.housingCompany,
      status: row.status,
      sections: row.sections,
      deadline: dossierDeadline(row.letters, todayInBelgium()),
      missingDocuments: row.missingDocuments,
      hasProxy: row.hasProxy,
      candidateLang: row.candidateLang,
      consentEndsAt: row.consentEndsAt,
    };
  });
}
