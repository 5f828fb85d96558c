import { createHmac } from 'node:crypto';
import type { Account } from 'oidc-provider';
import { TEST_CITIZENS } from '../seed/candidates';
import { TEST_STAFF } from '../seed/staff';

export type Citizen = (typeof TEST_CITIZENS)[number];

/** Only for this test provider: the real one derives its pseudonyms with its own secret. */
const PSEUDONYM_SECRET = 'blijf-ingeschreven-local-identity-provider';

/** Someone the national register knows but who has no dossier: shows the "we do not find you" page. */
export const CITIZEN_WITHOUT_DOSSIER: Citizen = {
  nationalNumber: '85050500120',
  givenName: 'Robin',
  familyName: 'Zonder Dossier',
  birthDate: '1985-05-05',
  story: 'Staat niet op de wachtlijst: de website zegt dat er geen dossier is.',
};

/** Everyone who can log in here: the seed's test citizens, then one without a dossier. */
export const CITIZENS: readonly Citizen[] = [...TEST_CITIZENS, CITIZEN_WITHOUT_DOSSIER];

/**
 * The pseudonymous subject the provider gives a citizen: HMAC-SHA256 of the national number, hex,
 * so the same person always gets the same `sub` and the `sub` alone reveals nothing.
 */
export function subjectFor(nationalNumber: string): string {
  return createHmac('sha256', PSEUDONYM_SECRET).update(nationalNumber).digest('hex');
}

/** The test citizen with this national number, if any. */
export function citizenByNumber(nationalNumber: string): Citizen | undefined {
  return CITIZENS.find((c) => c.nationalNumber === nationalNumber);
}

/** oidc-provider's account lookup: the ID token's claims for a subject (a citizen or a staff member). */
export async function findAccount(_ctx: unknown, sub: string): Promise<Account | undefined> {
  const citizen = CITIZENS.find((c) => subjectFor(c.nationalNumber) === sub);
  if (citizen) {
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          national_number: citizen.nationalNumber,
          given_name: citizen.givenName,
          family_name: citizen.familyName,
        };
      },
    };
  }
  const staff = TEST_STAFF.find((s) => subjectFor(`staff:${s.id}`) === sub);
  if (!staff) return undefined;
  return {
    accountId: sub,
    async claims() {
      return {
        sub,
        staff_id: staff.id,
        role: staff.role,
        company: staff.company,
        given_name: staff.givenName,
        family_name: staff.familyName,
      };
    },
  };
}
