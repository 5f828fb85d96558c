import type { StaffSession } from '../../auth/index';
import { todayInBelgium } from '../../../lib/dates';
import { audit, staffActor } from '../../../platform/db/audit';
import type { ListQuery } from '../model/list-query';
import type { CandidateList, StaffCandidate } from '../model/types';
import { listCandidates } from '../store/candidate-list-store';
import { candidateIdOf, readStaffCandidate } from '../store/candidate-store';

/** One page of the staff member's own company's candidates; audited (`staff.list`), no dossier named. */
export async function companyCandidates(staff: StaffSession, query: ListQuery): Promise<CandidateList> {
  const list = await listCandidates(staff.company, query, todayInBelgium());
  await audit(staffActor(staff.staffId), null, 'staff.list');
  return list;
}

/** One candidate of the staff member's own company, audited (`staff.candidate.view`); null for any other. */
export async function companyCandidate(staff: StaffSession, reference: string): Promise<StaffCandidate | null> {
  const candidate = await readStaffCandidate(staff.company, reference, todayInBelgium());
  if (candidate) await audit(staffActor(staff.staffId), candidate.dossierId, 'staff.candidate.view');
  return candidate;
}

/** The candidate (id) of this company's dossier with this reference; null for any other. */
export const candidateOfReference = (company: string, reference: string): Promise<string | null> =>
  candidateIdOf(company, reference);
