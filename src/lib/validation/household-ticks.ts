import { z } from 'zod';

/** `disability-<member id>` or `dependent-<member id>`: one checkbox per household member. */
const TICK = /^(disability|dependent)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The household change form: which members have a disability and which are dependants. Name and
 * birth date come from the national register. An unticked checkbox is simply absent from the
 * form, so absence means "no"; the service applies the ticks to the dossier's own members only.
 */
export const householdTicks = z.record(z.string(), z.unknown(), { error: 'invalid' }).transform((values) => {
  const ticked = { disability: [] as string[], dependent: [] as string[] };
  for (const [name, value] of Object.entries(values)) {
    const match = TICK.exec(name);
    if (match && typeof value === 'string' && value !== '') ticked[match[1] as keyof typeof ticked].push(match[2]!);
  }
  return ticked;
});
