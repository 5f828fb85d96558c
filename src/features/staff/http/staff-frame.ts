import type { StaffSession } from '../../auth/index';

/** What every staff page's frame shows of the session: the form token, the name and the company. */
export const staffFrame = (staff: StaffSession) => ({
  csrf: staff.csrfToken,
  staffName: `${staff.givenName} ${staff.familyName}`,
  company: staff.company,
});
