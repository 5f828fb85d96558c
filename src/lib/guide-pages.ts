/** Guide pages that are only text; pages with a form have their own route file. */
export const TEXT_PAGES = [
  'login',
  'login/itsme',
  'login/eid',
  'helpers',
  'documents',
  'words',
  'accessibility',
  'privacy',
  'signed-out',
] as const;

/** Guide pages with a form or search below the text, each with its own route file. */
export const FORM_PAGES = [
  'index',
  'deadline',
  'login/pin-forgotten',
  'login/no-login',
  'struck-off',
  'help-near-me',
  'sign-in',
] as const;

export type GuideSlug = (typeof TEXT_PAGES)[number] | (typeof FORM_PAGES)[number];

/**
 * The site path inside a language for a guide slug.
 * @example guidePath('login/eid') // '/login/eid/'
 */
export function guidePath(slug: GuideSlug): string {
  return slug === 'index' ? '/' : `/${slug}/`;
}
