/** What other features may use of the helpers' consents on the server: the hourly clean-up. */
export { purgeEndedConsents } from './service/purge-consents';
