/**
 * Generated candidates for the housing companies' lists, filters and report: deterministic (a
 * seeded pseudo-random sequence, never Math.random), dated from `today`, inserted in bulk so a
 * benchmark's 5,000 take seconds. Fictitious people; national numbers with a valid check number.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { newConfirmationReference } from '../../src/features/dossier/service/confirmation-reference';
import { addDays } from '../../src/lib/dates';
import { nationalNumberFor } from '../../src/lib/national-number';
import { firstAndReminder, letter, yearsBefore } from './builders';
import { COMPANY_A, COMPANY_B } from './staff';

/** mulberry32: a small, fast, seeded generator; the same seed gives the same candidates. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Jan',
  'Els',
  'Tom',
  'An',
  'Pieter',
  'Sofie',
  'Karim',
  'Fatima',
  'Mehmet',
  'Elif',
  'Piotr',
  'Agnieszka',
  'Andrei',
  'Ioana',
  'Olena',
  'Dmytro',
  'Marie',
  'Lucas',
  'Noor',
  'Youssef',
  'Ines',
  'Bram',
  'Lotte',
  'Zeynep',
  'Ana',
  'Mariam',
  'Kevin',
  'Sara',
  'Jonas',
  'Léa',
  'Hélène',
  'Jürgen',
  'Aïcha',
  'Ömer',
  'Łucja',
  'Ștefan',
];
const FAMILY = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'El Idrissi',
  'Benali',
  'Yıldız',
  'Kaya',
  'Kowalski',
  'Nowak',
  'Popa',
  'Stan',
  'Bondarenko',
  'Tkachenko',
  'Vermeulen',
  'Hermans',
  'Aerts',
  'Smets',
  'Diallo',
  'Mukendi',
  'Öztürk',
  'Wiśniewska',
];
const LANGS = ['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'fr', 'en', 'ar', 'ar', 'tr', 'tr', 'pl', 'ro', 'uk'] as const;
const STREETS = [
  'Kerkstraat',
  'Stationsstraat',
  'Nieuwstraat',
  'Schoolstraat',
  'Molenstraat',
  'Dorpsstraat',
  'Kapelstraat',
];
const PLACES: Record<string, [string, string][]> = {
  [COMPANY_A]: [
    ['2800', 'Mechelen'],
    ['2500', 'Lier'],
    ['2220', 'Heist-op-den-Berg'],
    ['2570', 'Duffel'],
    ['2820', 'Bonheiden'],
    ['2580', 'Putte'],
    ['2590', 'Berlaar'],
    ['2560', 'Nijlen'],
  ],
  [COMPANY_B]: [
    ['2440', 'Geel'],
    ['2400', 'Mol'],
    ['2200', 'Herentals'],
    ['2300', 'Turnhout'],
    ['2260', 'Westerlo'],
    ['2250', 'Olen'],
    ['2460', 'Kasterlee'],
  ],
};
const OTHER_PLACES: [string, string][] = [
  ['9000', 'Gent'],
  ['2000', 'Antwerpen'],
  ['3000', 'Leuven'],
  ['8000', 'Brugge'],
];
const KINDS = ['tax-assessment', 'income-proof', 'disability-certificate', 'residence-papers', 'benefit-certificate'];
const GROUNDS = [
  'conditions-not-met',
  'no-reaction',
  'no-reaction',
  'no-reaction',
  'false-data',
  'refused-offers',
  'own-request',
];
const STAFF_OF: Record<string, { id: string; name: string }> = {
  [COMPANY_A]: { id: 'staff-a1', name: 'Annelies Wouters' },
  [COMPANY_B]: { id: 'staff-b1', name: 'Bart Lemmens' },
};

type Letter = ReturnType<typeof letter>;

export interface GeneratedDossier {
  candidateId: string;
  dossierId: string;
  nationalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  lang: string;
  lastLoginAt: string | null;
  reference: string;
  company: string;
  registrationDate: string;
  status: 'open' | 'confirmed' | 'struck-off';
  street: string;
  postcode: string;
  municipality: string;
  incomeCents: number;
  letters: Letter[];
  asked: string[];
  confirmedOn: string | null;
  strikeOff: {
    ground: string;
    noticeDate: string;
    neverLoggedIn: boolean;
    hadHelp: boolean;
    hadProxy: boolean;
    contestedOn: string | null;
  } | null;
}

export interface GenerateOptions {
  count: number;
  company: string;
  /** Different seeds give different people; the seed also keeps references and numbers apart. */
  seed: number;
}

/**
 * `count` candidates of one company: about a third with the first letter still running (some
 * with 10 or fewer days left), a fifth after the reminder (its deadline passed or not), a
 * quarter confirmed, one in twelve struck off (with a ground and what was known then); about a
 * third never logged in.
 */
export function generatedDossiers(today: string, { count, company, seed }: GenerateOptions): GeneratedDossier[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const places = PLACES[company] ?? OTHER_PLACES;
  return Array.from({ length: count }, (_, index) => {
    // Unique by construction: within one seed every candidate has another birth date (a step of a
    // prime through 60 years of days), and each seed its own serial number (537, 574, 611...),
    // all above the hand-written test citizens' (below 300).
    const birthDate = addDays(yearsBefore(today, 20), -((index * 7919) % 21_900));
    const nationalNumber = nationalNumberFor(birthDate, 500 + ((seed * 37) % 498));
    const [postcode, municipality] = pick(places);
    const scenario = next();
    const neverLoggedIn = next() < 0.35;
    let letters: Letter[];
    let status: GeneratedDossier['status'] = 'open';
    let confirmedOn: string | null = null;
    let strikeOff: GeneratedDossier['strikeOff'] = null;
    if (scenario < 0.35) {
      letters = [letter(today, 'first', Math.floor(next() * 30))];
    } else if (scenario < 0.57) {
      letters = firstAndReminder(today, Math.floor(next() * 25));
    } else if (scenario < 0.83) {
      const sent = 5 + Math.floor(next() * 40);
      letters = [letter(today, 'first', sent)];
      status = 'confirmed';
      confirmedOn = addDays(today, -Math.floor(next() * Math.min(sent, 25)));
    } else if (scenario < 0.92) {
      letters = [letter(today, 'yearly', Math.floor(next() * 30))];
    } else {
      const noticeDaysAgo = 1 + Math.floor(next() * 330);
      letters = [...firstAndReminder(today, noticeDaysAgo + 16), letter(today, 'struck-off', noticeDaysAgo)];
      status = 'struck-off';
      const noticeDate = addDays(today, -noticeDaysAgo);
      strikeOff = {
        ground: pick(GROUNDS),
        noticeDate,
        neverLoggedIn,
        hadHelp: next() < 0.3,
        hadProxy: next() < 0.15,
        contestedOn:
          next() < 0.25 ? addDays(noticeDate, Math.min(noticeDaysAgo - 1, 1 + Math.floor(next() * 20))) : null,
      };
    }
    const asked = KINDS.filter((_, i) => i === 0 || next() < 0.25);
    return {
      candidateId: randomUUIDFrom(next),
      dossierId: randomUUIDFrom(next),
      nationalNumber,
      givenName: pick(GIVEN),
      familyName: pick(FAMILY),
      birthDate,
      lang: pick(LANGS),
      lastLoginAt: neverLoggedIn ? null : `${addDays(today, -Math.floor(next() * 20))}T10:00:00Z`,
      reference: `CIR-${today.slice(0, 4)}-${String(900000 + seed * 10000 + index).padStart(6, '0')}`,
      company,
      registrationDate: yearsBefore(today, 1 + Math.floor(next() * 9), Math.floor(next() * 365)),
      status,
      street: `${pick(STREETS)} ${1 + Math.floor(next() * 120)}`,
      postcode,
      municipality,
      incomeCents: 900_000 + Math.floor(next() * 2_500_000),
      letters,
      asked,
      confirmedOn,
      strikeOff,
    };
  });
}

/** A version 4 UUID from the seeded sequence, so two runs give the same ids. */
function randomUUIDFrom(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One INSERT of many rows: each column as an array, unnested side by side. */
async function bulk(client: pg.ClientBase, sql: string, columns: unknown[]): Promise<void> {
  if (((columns[0] as unknown[] | undefined)?.length ?? 0) > 0) await client.query(sql, columns);
}

/** Inserts generated candidates with their dossiers, letters, requests, confirmations and strike-offs. */
export async function insertGeneratedDossiers(
  client: pg.ClientBase,
  dossiers: GeneratedDossier[],
  today: string,
): Promise<void> {
  const col = <T>(f: (d: GeneratedDossier) => T) => dossiers.map(f);
  await bulk(
    client,
    `INSERT INTO candidates (id, national_number, given_name, family_name, birth_date, preferred_lang, last_login_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::timestamptz[])`,
    [
      col((d) => d.candidateId),
      col((d) => d.nationalNumber),
      col((d) => d.givenName),
      col((d) => d.familyName),
      col((d) => d.birthDate),
      col((d) => d.lang),
      col((d) => d.lastLoginAt),
    ],
  );
  await bulk(
    client,
    `INSERT INTO dossiers (id, candidate_id, reference, housing_company, registration_date, status)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[])`,
    [
      col((d) => d.dossierId),
      col((d) => d.candidateId),
      col((d) => d.reference),
      col((d) => d.company),
      col((d) => d.registrationDate),
      col((d) => d.status),
    ],
  );
  await bulk(
    client,
    `INSERT INTO household_members (id, dossier_id, position, role, given_name, family_name, birth_date)
     SELECT gen_random_uuid(), d, 1, 'reference', g, f, b FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[]) AS t(d, g, f, b)`,
    [col((d) => d.dossierId), col((d) => d.givenName), col((d) => d.familyName), col((d) => d.birthDate)],
  );
  await bulk(
    client,
    `INSERT INTO incomes (dossier_id, source, tax_year, amount_cents)
     SELECT d, 'tax-assessment', $3::int, a FROM unnest($1::uuid[], $2::bigint[]) AS t(d, a)`,
    [col((d) => d.dossierId), col((d) => d.incomeCents), Number(today.slice(0, 4)) - 2],
  );
  await bulk(
    client,
    `INSERT INTO housing (dossier_id, street, postcode, municipality, register, situation)
     SELECT d, s, p, m, 'population', 'private-rent' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(d, s, p, m)`,
    [col((d) => d.dossierId), col((d) => d.street), col((d) => d.postcode), col((d) => d.municipality)],
  );
  await bulk(
    client,
    `INSERT INTO choices (dossier_id, municipalities, home_type)
     SELECT d, ARRAY[m], 'both' FROM unnest($1::uuid[], $2::text[]) AS t(d, m)`,
    [col((d) => d.dossierId), col((d) => d.municipality)],
  );
  const letters = dossiers.flatMap((d) => d.letters.map((l) => ({ dossierId: d.dossierId, ...l })));
  await bulk(
    client,
    `INSERT INTO letters (id, dossier_id, kind, sent_on, deadline)
     SELECT gen_random_uuid(), d, k, s, l FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS t(d, k, s, l)`,
    [
      letters.map((l) => l.dossierId),
      letters.map((l) => l.kind),
      letters.map((l) => l.sentOn),
      letters.map((l) => l.deadline),
    ],
  );
  const asked = dossiers.flatMap((d) =>
    d.asked.map((kind) => ({ dossierId: d.dossierId, kind, on: d.letters[0]?.sentOn })),
  );
  await bulk(
    client,
    `INSERT INTO document_requests (dossier_id, kind, asked_on)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[])`,
    [asked.map((a) => a.dossierId), asked.map((a) => a.kind), asked.map((a) => a.on)],
  );
  const confirmed = dossiers.filter((d) => d.confirmedOn);
  await bulk(
    client,
    `INSERT INTO confirmations (id, dossier_id, reference, dossier_version, confirmed_at, idempotency_key)
     SELECT gen_random_uuid(), d, r, 1, a, k FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[]) AS t(d, r, a, k)`,
    [
      confirmed.map((d) => d.dossierId),
      confirmed.map((d) => newConfirmationReference(new Date(`${d.confirmedOn}T09:30:00Z`))),
      confirmed.map((d) => `${d.confirmedOn}T09:30:00Z`),
      confirmed.map((d) => `${d.candidateId}:seed`),
    ],
  );
  const struck = dossiers.filter((d) => d.strikeOff);
  const acts = struck.map(() => randomUUID());
  await bulk(
    client,
    `INSERT INTO staff_acts (id, dossier_id, kind, staff_id, staff_name, company, reason, at, idempotency_key)
     SELECT a, d, 'strike-off', s, n, c, 'Geen reactie of voorwaarden niet meer vervuld (voorbeeldgegevens).', w, 'seed:' || a::text
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(a, d, s, n, c, w)`,
    [
      acts,
      struck.map((d) => d.dossierId),
      struck.map((d) => STAFF_OF[d.company]?.id ?? 'staff-a1'),
      struck.map((d) => STAFF_OF[d.company]?.name ?? 'Annelies Wouters'),
      struck.map((d) => d.company),
      struck.map((d) => `${d.strikeOff?.noticeDate}T09:00:00Z`),
    ],
  );
  await bulk(
    client,
    `INSERT INTO strike_offs (dossier_id, act_id, ground, notice_date, company, municipality, never_logged_in, had_help, had_proxy, contested_on)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::boolean[], $10::date[])`,
    [
      struck.map((d) => d.dossierId),
      acts,
      struck.map((d) => d.strikeOff?.ground),
      struck.map((d) => d.strikeOff?.noticeDate),
      struck.map((d) => d.company),
      struck.map((d) => d.municipality),
      struck.map((d) => d.strikeOff?.neverLoggedIn),
      struck.map((d) => d.strikeOff?.hadHelp),
      struck.map((d) => d.strikeOff?.hadProxy),
      struck.map((d) => d.strikeOff?.contestedOn),
    ],
  );
}
