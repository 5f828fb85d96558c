import { isLang } from '../../../lib/languages';
import { belgianParts } from '../model/brussels-time';
import type { HelpSession } from '../model/types';

/** The columns every session query selects, in the shape `toSession` reads. */
export const SESSION_COLUMNS = `s.id, s.company, s.place, s.address, s.postcode, s.municipality, s.starts_at, s.ends_at,
  s.languages, s.bring, s.places, s.places_taken`;

export interface SessionRow {
  id: string;
  company: string;
  place: string;
  address: string;
  postcode: string;
  municipality: string;
  starts_at: Date;
  ends_at: Date;
  languages: string[];
  bring: string;
  places: number;
  places_taken: number;
}

/** A row as the pages show it: dates and times in Belgium. */
export function toSession(row: SessionRow): HelpSession {
  const start = belgianParts(row.starts_at);
  return {
    id: row.id,
    date: start.date,
    time: start.time,
    endTime: belgianParts(row.ends_at).time,
    place: row.place,
    address: row.address,
    postcode: row.postcode,
    municipality: row.municipality,
    languages: row.languages.filter(isLang),
    bring: row.bring,
    places: row.places,
    placesLeft: Math.max(0, row.places - row.places_taken),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  };
}
