import { z } from 'zod';
import { plainText } from '../../../lib/validation/plain-text';

export const PLACE_MAX = 60;

/**
 * Where to look for sessions: a postcode (4 digits) or a municipality's name, any case.
 * Codes: required, tooLong, controlCharacter.
 */
export const placeQuerySchema = z.object({
  place: plainText('required').trim().min(1, { error: 'required' }).max(PLACE_MAX, { error: 'tooLong' }),
});
