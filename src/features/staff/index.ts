/**
 * What other features may use of the staff side on the server: the staff page guard, the posted
 * form's staff member, and what every staff page's frame shows. Views use ./views/index instead.
 */
export { staffRequest, type StaffRequest } from './http/staff-request';
export { staffOfPost } from './http/staff-post';
export { staffFrame } from './http/staff-frame';
export { staffLang, STAFF_LANGS } from './model/staff-languages';
export type { StaffSession } from '../auth/index';
