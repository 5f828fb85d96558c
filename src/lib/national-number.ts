/**
 * The Belgian national register number (rijksregisternummer): YYMMDD SSS CC, where CC is
 * 97 minus the first nine digits modulo 97. For people born in 2000 or later a 2 is put in
 * front of the nine digits first, so the check number also tells the century.
 */

const PUNCTUATION = /[\s.-]/g;

/**
 * The 11 digits without dots, dashes or spaces; null when that is not 11 digits.
 * @example normalizeNationalNumber('85.07.30-033.28') // '85073003328'
 */
export function normalizeNationalNumber(input: string): string | null {
  const digits = input.replace(PUNCTUATION, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * The two check digits for the first nine digits.
 * @example checkDigits('850730033', false) // '28'
 */
export function checkDigits(firstNine: string, bornFrom2000: boolean): string {
  // At most 2 999 999 999: safe as a plain number.
  const base = Number(bornFrom2000 ? `2${firstNine}` : firstNine);
  return String(97 - (base % 97)).padStart(2, '0');
}

/**
 * True when the input is 11 digits (dots, dashes and spaces allowed) with a valid check number
 * for a birth before or from 2000.
 * @example isValidNationalNumber('85.07.30-033.28') // true
 */
export function isValidNationalNumber(input: string): boolean {
  const digits = normalizeNationalNumber(input);
  if (!digits) return false;
  const firstNine = digits.slice(0, 9);
  const check = digits.slice(9);
  return check === checkDigits(firstNine, false) || check === checkDigits(firstNine, true);
}

/**
 * A national number for a birth date (YYYY-MM-DD) and a day sequence number (odd for men,
 * even for women), as the seed's synthetic citizens need.
 * @example nationalNumberFor('1985-07-30', 33) // '85073003328'
 */
export function nationalNumberFor(birthDate: string, sequence: number): string {
  const [year = '', month = '', day = ''] = birthDate.split('-');
  const firstNine = `${year.slice(2)}${month}${day}${String(sequence).padStart(3, '0')}`;
  return `${firstNine}${checkDigits(firstNine, Number(year) >= 2000)}`;
}
