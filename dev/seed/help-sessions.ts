/**
 * Collective help sessions for the demo, dated from the day the database is filled, on workdays:
 * in Gent (9000) one full, one with 1 place left, one with 3, one later with 8, all of company A
 * (published by staff-a1), and one in Turnhout of company B. Taken places have synthetic
 * reservations (made-up first names and numbers), so the staff pages show who booked.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addDays } from '../../src/lib/dates';
import { belgianMoment } from '../../src/features/sessions/model/brussels-time';
import { newReference } from '../../src/features/sessions/model/reference';
import { COMPANY_A, COMPANY_B } from './staff';

const KROOK = {
  place: 'Bibliotheek De Krook',
  address: 'Miriam Makebaplein 1',
  postcode: '9000',
  municipality: 'Gent',
};
const OCMW = { place: 'OCMW Gent', address: 'Onderbergen 86', postcode: '9000', municipality: 'Gent' };
const TURNHOUT = {
  place: 'Sociaal Huis Turnhout',
  address: 'Campus Blairon 200',
  postcode: '2300',
  municipality: 'Turnhout',
};
const BRING = 'Identiteitskaart\nDe brief van de woonmaatschappij\nJe laatste aanslagbiljet of loonbrieven';

/** Fixed ids, so tests and the README can point at them. */
export const SEED_SESSION = {
  oneLeft: '5e55e001-0000-4000-8000-000000000001',
  threeLeft: '5e55e001-0000-4000-8000-000000000002',
  full: '5e55e001-0000-4000-8000-000000000003',
  later: '5e55e001-0000-4000-8000-000000000004',
  turnhout: '5e55e001-0000-4000-8000-000000000005',
} as const;

interface SeedSession {
  id: string;
  company: string;
  createdBy: string;
  venue: typeof KROOK;
  inDays: number;
  from: string;
  to: string;
  languages: string[];
  places: number;
  taken: number;
}

const SESSIONS: SeedSession[] = [
  {
    id: SEED_SESSION.full,
    company: COMPANY_A,
    createdBy: 'staff-a1',
    venue: KROOK,
    inDays: 5,
    from: '10:00',
    to: '12:00',
    languages: ['nl', 'uk', 'pl'],
    places: 4,
    taken: 4,
  },
  {
    id: SEED_SESSION.oneLeft,
    company: COMPANY_A,
    createdBy: 'staff-a1',
    venue: KROOK,
    inDays: 7,
    from: '14:00',
    to: '16:00',
    languages: ['nl', 'ar', 'fr'],
    places: 6,
    taken: 5,
  },
  {
    id: SEED_SESSION.threeLeft,
    company: COMPANY_A,
    createdBy: 'staff-a1',
    venue: OCMW,
    inDays: 10,
    from: '09:30',
    to: '12:00',
    languages: ['nl', 'tr', 'en'],
    places: 10,
    taken: 7,
  },
  {
    id: SEED_SESSION.later,
    company: COMPANY_A,
    createdBy: 'staff-a1',
    venue: OCMW,
    inDays: 21,
    from: '13:00',
    to: '16:00',
    languages: ['nl', 'ar', 'ro'],
    places: 8,
    taken: 0,
  },
  {
    id: SEED_SESSION.turnhout,
    company: COMPANY_B,
    createdBy: 'staff-b1',
    venue: TURNHOUT,
    inDays: 12,
    from: '10:00',
    to: '12:00',
    languages: ['nl', 'fr'],
    places: 12,
    taken: 2,
  },
];

const FIRST_NAMES = ['Fatima', 'Jan', 'Olena', 'Mehmet', 'Ana', 'Piotr', 'Sofie', 'Yusuf'];

/** The date `days` after today, moved on to the Monday when it falls in a weekend (offices are closed). */
export function workdayAfter(today: string, days: number): string {
  let date = addDays(today, days);
  while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) date = addDays(date, 1);
  return date;
}

/** Adds the demo help sessions with their taken places, inside the seed's transaction. */
export async function insertHelpSessions(client: pg.PoolClient, today: string): Promise<void> {
  for (const s of SESSIONS) {
    const date = workdayAfter(today, s.inDays);
    await client.query(
      `INSERT INTO help_sessions (id, company, created_by, place, address, postcode, municipality, starts_at, ends_at,
         languages, bring, places, places_taken, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        s.id,
        s.company,
        s.createdBy,
        s.venue.place,
        s.venue.address,
        s.venue.postcode,
        s.venue.municipality,
        belgianMoment(date, s.from),
        belgianMoment(date, s.to),
        s.languages,
        BRING,
        s.places,
        s.taken,
        `seed-${s.id}`,
      ],
    );
    for (let i = 0; i < s.taken; i++) {
      await client.query(
        `INSERT INTO help_session_reservations (id, session_id, reference, first_name, phone, lang, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, 'nl', $6)`,
        [
          randomUUID(),
          s.id,
          newReference(),
          FIRST_NAMES[i % FIRST_NAMES.length],
          `0470 00 00 ${String(10 + i)}`,
          randomUUID(),
        ],
      );
    }
  }
}
