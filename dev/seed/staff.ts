/**
 * The test staff of two housing companies, and the test helpers, who log in through the local
 * identity provider like the test citizens. The identifier is the value chosen on the provider's
 * page and the `staff_id` claim; role and company ride in the ID token.
 */

/** Company A: the housing company of the seed's first test citizen (Sarah). */
export const COMPANY_A = 'Woonmaatschappij Dijle en Nete';
/** Company B: another company, whose staff must see none of company A's candidates. */
export const COMPANY_B = 'Woonmaatschappij Kempenland';

/** The company `npm run bench:api` fills with 5,000 generated candidates, and its staff member. */
export const BENCH_COMPANY = 'Woonmaatschappij Benchmark';

/** The helper organisations of the test helpers: identifiers from content/data/help-points.json. */
export const HELPER_OCMW = 'gent-ocmw';
export const HELPER_DIGIPUNT = 'gent-digipunt';

export interface TestStaffMember {
  id: string;
  role: 'housing-staff' | 'helper';
  /** A housing company's name; for a helper, the organisation's identifier. */
  company: string;
  givenName: string;
  familyName: string;
  story: string;
}

export const TEST_STAFF: readonly TestStaffMember[] = [
  {
    id: 'staff-a1',
    role: 'housing-staff',
    company: COMPANY_A,
    givenName: 'Annelies',
    familyName: 'Wouters',
    story: `Medewerker van ${COMPANY_A}.`,
  },
  {
    id: 'staff-a2',
    role: 'housing-staff',
    company: COMPANY_A,
    givenName: 'Karim',
    familyName: 'Boukhari',
    story: `Medewerker van ${COMPANY_A}.`,
  },
  {
    id: 'staff-bench',
    role: 'housing-staff',
    company: BENCH_COMPANY,
    givenName: 'Bert',
    familyName: 'Benchmark',
    story: 'Alleen voor npm run bench:api: zijn woonmaatschappij heeft daar 5.000 kandidaten.',
  },
  {
    id: 'staff-b1',
    role: 'housing-staff',
    company: COMPANY_B,
    givenName: 'Bart',
    familyName: 'Lemmens',
    story: `Medewerker van ${COMPANY_B}.`,
  },
  {
    id: 'helper-ocmw-1',
    role: 'helper',
    company: HELPER_OCMW,
    givenName: 'Fatima',
    familyName: 'El Idrissi',
    story: 'Maatschappelijk werker bij het OCMW Gent: ziet alleen wie het OCMW toestemming gaf.',
  },
  {
    id: 'helper-digipunt-1',
    role: 'helper',
    company: HELPER_DIGIPUNT,
    givenName: 'Jan',
    familyName: 'Peeters',
    story: 'Vrijwilliger bij het digipunt Gent: ziet alleen wie het digipunt toestemming gaf.',
  },
];

/** The test staff member with this identifier, if any. */
export const staffById = (id: string): TestStaffMember | undefined => TEST_STAFF.find((s) => s.id === id);
