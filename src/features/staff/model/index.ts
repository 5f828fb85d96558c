/** What other features may use of the staff's model (no I/O). */
export { STAFF_LANGS, staffLang } from './staff-languages';
