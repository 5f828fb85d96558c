export { checkFile } from './check-file';
export type { CheckResult } from './result';
