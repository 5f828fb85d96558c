/**
 * The ranges of the PostgreSQL columns a number from a form ends up in (see
 * netlify/database/migrations/). A number outside its column makes the query fail, which is a
 * 500; checked here it is a 4xx with a message. `bigint` is capped at JavaScript's safe integers,
 * beyond which a number is no longer exact.
 */
export const COLUMN_RANGE = {
  integer: { min: -2_147_483_648, max: 2_147_483_647 },
  bigint: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
} as const;

export type NumberColumn = keyof typeof COLUMN_RANGE;

interface Bounds {
  /** The column the number will meet. */
  column: NumberColumn;
  /** Narrower bounds of the field itself, inside the column's. */
  min?: number;
  max?: number;
}

/** True when `value` is a whole number within the field's bounds and its column's range. */
export function fitsColumn(value: number, { column, min = -Infinity, max = Infinity }: Bounds): boolean {
  const range = COLUMN_RANGE[column];
  return Number.isSafeInteger(value) && value >= Math.max(min, range.min) && value <= Math.min(max, range.max);
}

/**
 * A whole number typed as plain digits (an optional minus), within its bounds; else null.
 * "1e3", "1.5", " " and numbers past the column are null, never a surprise for the database.
 * @example wholeNumber('2147483648', { column: 'integer', min: 1 }) // null
 * @example wholeNumber('12', { column: 'integer', min: 1 }) // 12
 */
export function wholeNumber(text: string | undefined, bounds: Bounds): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^-?\d{1,20}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return fitsColumn(value, bounds) ? value : null;
}
