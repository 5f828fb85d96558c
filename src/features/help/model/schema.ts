import { z } from 'zod';
import { plainText } from '../../../lib/validation/plain-text';

export const HELP_KINDS = ['housing-company', 'woonloket', 'ocmw', 'digipunt'] as const;

/** One place that helps in person; the format is documented in content/data/README.md. */
export const helpPointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  municipality: z.string().min(1),
  postcodes: z.array(z.string().regex(/^\d{4}$/)).min(1),
  kind: z.enum(HELP_KINDS),
  name: z.string().min(1),
  address: z.string().min(1),
  hours: z.string().min(1),
  phone: z.string().optional(),
  sample: z.boolean(),
});
export type HelpPoint = z.infer<typeof helpPointSchema>;

export const helpPointsFileSchema = z.object({ points: z.array(helpPointSchema) });

/** The search box: a municipality or a postcode. Codes: tooLong, controlCharacter. */
export const helpSearchSchema = z.object({ q: plainText('invalid').trim().max(60, { error: 'tooLong' }).default('') });
