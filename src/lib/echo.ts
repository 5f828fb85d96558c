/**
 * The most characters of typed input a page shows back. Enough for any real date, search or
 * name; a page never grows with what a script sends (a 10,000-character "date").
 */
export const ECHO_MAX = 100;

/**
 * Input as a page shows it back (an error page, a search, a form again): cut to `max`
 * characters, whole characters only, with "…" when something was left out.
 * @example echoed('x'.repeat(10_000)).length // 101: 100 times "x" and "…"
 * @example echoed('Gent') // 'Gent'
 */
export function echoed(text: string, max = ECHO_MAX): string {
  // A character takes at most two code units: this is enough to see whether more than max follow.
  const characters = Array.from(text.slice(0, max * 2 + 2));
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : characters.join('');
}
