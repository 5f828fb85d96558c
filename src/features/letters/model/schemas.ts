import { z } from 'zod';
import { pastDateField } from '../../../lib/validation/date-field';
import { ADDRESS_MAX, NAME_MAX, REASON_MAX, requiredText } from '../../../lib/validation/text-field';

export const PROXY_REASONS = ['no-smartphone', 'no-card-reader', 'pin-blocked', 'other'] as const;

/** The proxy (volmacht) letter to the housing company. */
export const proxyLetterSchema = z.object({
  fullName: requiredText(NAME_MAX),
  address: requiredText(ADDRESS_MAX, { multiline: true }),
  housingCompany: requiredText(NAME_MAX),
  reason: z.enum(PROXY_REASONS, { error: 'required' }),
});
export type ProxyLetter = z.infer<typeof proxyLetterSchema>;

/** The appeal letter against a strike-off, to the supervisor. */
export function appealLetterSchema(today: string) {
  return z.object({
    fullName: requiredText(NAME_MAX),
    address: requiredText(ADDRESS_MAX, { multiline: true }),
    housingCompany: requiredText(NAME_MAX),
    noticeDate: pastDateField(today),
    reason: requiredText(REASON_MAX, { multiline: true }),
  });
}
export type AppealLetter = z.infer<ReturnType<typeof appealLetterSchema>>;
