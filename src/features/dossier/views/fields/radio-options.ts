import type { TFunction } from 'i18next';
import { OPTION_LABELS } from '../../model/sections';

/**
 * The choices of a radio field in words, in the order its section module lists them.
 * @example radioOptions(t, 'homeType') // [{ value: 'house', label: 'Een huis' }, ...]
 */
export function radioOptions(t: TFunction, field: string) {
  return Object.entries(OPTION_LABELS[field] ?? {}).map(([value, key]) => ({ value, label: t(key) }));
}
