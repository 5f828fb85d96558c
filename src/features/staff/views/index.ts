/** The staff pages' shell, for other features' staff pages. */
export { StaffLayout } from './StaffLayout';
