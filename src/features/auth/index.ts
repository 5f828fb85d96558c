/**
 * What other features may use of auth on the server: the session of a request, the logged-in
 * post check, and the login link. Views use ./views/index instead, which has no I/O.
 */
export { lapsedSessionOf, postSession, readSessionPost, type SessionPost } from './http/session-post';
export { authError } from './http/auth-error';
export { loginLink } from './login-link';
export { requireSession } from './require-session';
export { getSession, type Session } from './session';
export { getHelperSession, getStaffSession, getWorkSession, type StaffSession } from './staff-session';
export { csrfProblem, CSRF_FIELD } from './csrf';
