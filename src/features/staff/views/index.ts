/** The staff pages' parts other features' pages are built in (the helpers' and the help sessions' pages). */
export { StaffLayout } from './StaffLayout';
