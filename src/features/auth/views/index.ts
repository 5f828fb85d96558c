/** What other features' views may use of auth: its views and the session limits, nothing with I/O. */
export { IDLE_MINUTES } from '../session-limits';
export { LoginButton } from './LoginButton';
export { LogoutButton } from './LogoutButton';
export { SessionTimeout } from './SessionTimeout';
