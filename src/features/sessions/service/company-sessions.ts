import { audit, staffActor } from '../../../platform/db/audit';
import { isSessionId } from '../model/session-id';
import type { HelpSession, Reservation, StaffHelpSession } from '../model/types';
import { reservationsOfSession } from '../store/reservation-store';
import { sessionById, sessionsOfCompany } from '../store/session-store';
import type { Publisher } from './publish-session';

/** The staff member's company's sessions, coming and past, with how many places are booked. */
export const companySessions = (staff: Publisher): Promise<StaffHelpSession[]> => sessionsOfCompany(staff.company);

/**
 * One session of the staff member's own company with its reservations (first name and phone),
 * the view audited; null for another company's session or none, so both are the same 404.
 */
export async function companySessionReservations(
  staff: Publisher,
  id: string,
): Promise<{ session: HelpSession; reservations: Reservation[] } | null> {
  if (!isSessionId(id)) return null;
  const session = await sessionById(id);
  if (!session || session.company !== staff.company) return null;
  await audit(staffActor(staff.staffId), null, 'sessions.reservations.view');
  return { session, reservations: await reservationsOfSession(id) };
}
