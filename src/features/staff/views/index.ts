/** The staff pages' parts other features' pages are built in (the helpers' pages). */
export { StaffLayout } from './StaffLayout';
