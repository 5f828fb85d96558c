import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { db } from '../../src/platform/db/db';
import { addSession, book, referenceOn } from '../support/help-sessions';
import { usePlatform } from '../support/in-process';
import { useRealPostgres } from '../support/real-postgres';

// Bookings racing each other on a real PostgreSQL server: every request has its own session, as
// in production, which the embedded database (one shared session) cannot show.
const postgres = useRealPostgres();
const request = usePlatform(postgres.database);

const counts = async (id: string) => {
  const { rows } = await db().query<{ reservations: number; taken: number }>(
    `SELECT (SELECT count(*)::int FROM help_session_reservations WHERE session_id = s.id) AS reservations,
            s.places_taken AS taken
       FROM help_sessions s WHERE s.id = $1`,
    [id],
  );
  return rows[0];
};

describe('on a real PostgreSQL server', () => {
  test('20 people booking a 5-place session at once: 5 get a place, 15 hear it is full', async () => {
    const id = await addSession({ places: 5, municipality: 'Racedorp' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(request, id, { firstName: `Persoon ${i}` })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    const pages = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(pages.map(referenceOn).filter(Boolean)).size).toBe(5);
    for (const [i, answer] of answers.entries())
      if (answer.status === 409) expect(pages[i]).toContain('Deze sessie is volzet');
    expect(await counts(id)).toEqual({ reservations: 5, taken: 5 });
  });

  test('two people for the last place: one gets it, the other one clear "full"', async () => {
    const id = await addSession({ places: 3, taken: 2, municipality: 'Racedorp' });
    const answers = await Promise.all([book(request, id), book(request, id, { firstName: 'Jan' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await counts(id)).toEqual({ reservations: 1, taken: 3 });
  });

  test('the same form sent 10 times at once books one place', async () => {
    const id = await addSession({ places: 5, municipality: 'Racedorp' });
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => book(request, id, { idempotencyKey: key })));
    for (const answer of answers) expect([200, 201]).toContain(answer.status);
    const references = new Set((await Promise.all(answers.map((a) => a.text()))).map(referenceOn));
    expect(references.size).toBe(1);
    expect(await counts(id)).toEqual({ reservations: 1, taken: 1 });
  });
});
