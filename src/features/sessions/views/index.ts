/** What other features may show of help sessions: the list for a search, and the note for the help page. */
export { SessionList } from './SessionList';
export { SessionsNote } from './SessionsNote';
