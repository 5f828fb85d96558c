/** The shapes of help sessions, for other features' views. */
export type { HelpSession } from './types';
