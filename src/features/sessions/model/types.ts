import type { Lang } from '../../../lib/languages';

/** One collective help session as the public pages and the JSON answer show it. */
export interface HelpSession {
  id: string;
  /** Calendar date in Belgium, YYYY-MM-DD. */
  date: string;
  /** Start and end in Belgian time, HH:MM. */
  time: string;
  endTime: string;
  place: string;
  address: string;
  postcode: string;
  municipality: string;
  languages: Lang[];
  bring: string;
  places: number;
  placesLeft: number;
  /** The moment it starts, for "still to come" and ordering. */
  startsAt: Date;
  endsAt: Date;
}

/** A session as the organising company's staff see it: with its company and reservations. */
export interface StaffHelpSession extends HelpSession {
  company: string;
  reservations: number;
}

/** One booked place. First name and phone are shown to the person and the organiser only. */
export interface Reservation {
  reference: string;
  sessionId: string;
  firstName: string;
  phone: string;
  lang: Lang;
  cancelled: boolean;
}
