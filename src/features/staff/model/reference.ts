/**
 * A dossier reference as the seed and the register write them: letters, digits, dashes; anything
 * else names no dossier (a 404 before the database is asked).
 * @example isDossierReference('CIR-2022-048213') // true
 */
export const isDossierReference = (value: string): boolean => /^[A-Za-z0-9-]{1,40}$/.test(value);
