import { z } from 'zod';
import { LANGUAGES } from '../../../lib/languages';
import { HOME_TYPES, INCOME_SOURCES, REGISTERS, SITUATIONS, type SectionValues } from '../model/schemas';
import type { EditableSection } from '../model/sections';

/**
 * The shape `sectionSchemas` produce. The services check it again before writing, so a caller
 * that forgot to validate fails loudly instead of storing raw form text.
 */
const VALIDATED = {
  personal: z.object({
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredLang: z.enum(LANGUAGES),
  }),
  household: z.object({ disability: z.array(z.string()), dependent: z.array(z.string()) }),
  income: z.object({
    source: z.enum(INCOME_SOURCES),
    taxYear: z.number().int().nullable(),
    amountCents: z.number().int().min(0),
  }),
  address: z.object({
    street: z.string().min(1),
    postcode: z.string().regex(/^\d{4}$/),
    municipality: z.string().min(1),
    register: z.enum(REGISTERS),
    situation: z.enum(SITUATIONS),
  }),
  choices: z.object({ municipalities: z.array(z.string().min(1)).min(1), homeType: z.enum(HOME_TYPES) }),
} satisfies { [S in EditableSection]: z.ZodType<SectionValues[S]> };

/**
 * The values of one section as its change form's schema produced them.
 * @throws TypeError when they are not: the caller skipped `sectionSchemas[section].safeParse`.
 */
export function validatedValues<S extends EditableSection>(section: S, values: unknown): SectionValues[S] {
  const result = VALIDATED[section].safeParse(values);
  if (!result.success) throw new TypeError(`saveSection: ${section} values were not validated`);
  return result.data as SectionValues[S];
}
