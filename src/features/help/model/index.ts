/** What other features may use of the help points' list (no I/O). */
export { HELP_POINTS } from './help-points';
export type { HelpPoint } from './schema';
