/** The deadline rules other features may use: periods and dates, no I/O. */
export * from './deadlines';
