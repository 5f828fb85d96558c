/**
 * Scheduled functions on the local host: each function whose config has a `schedule` (a cron
 * expression or @hourly, @daily…, in UTC as on Netlify) is called at its next run, then at the one
 * after, for as long as the host runs. The next run is computed with cron-parser.
 */
import { CronExpressionParser } from 'cron-parser';
import type { LoadedFunction } from './function-table';

/** setTimeout takes at most 2^31-1 ms (24.8 days); a later run is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The first run of a schedule after the moment `after` (ms since 1970), in UTC.
 * @example nextRun('@hourly', Date.parse('2026-12-02T14:59:59Z')) // 2026-12-02T15:00:00.000Z
 */
export function nextRun(schedule: string, after: number): Date {
  return CronExpressionParser.parse(schedule, { currentDate: new Date(after), tz: 'UTC' })
    .next()
    .toDate();
}

export interface Schedules {
  stop(): void;
}

/**
 * Calls `run(fn, nextRunAfterThisOne)` for every scheduled function at each of its runs by
 * `clock` (the host's idea of now, moved by tests). A run that is still busy when the next one
 * is due delays that one: runs of one function never overlap. Timers do not keep Node alive.
 */
export function startSchedules(
  functions: LoadedFunction[],
  run: (fn: LoadedFunction, nextRunAt: Date) => Promise<void>,
  clock: () => number = Date.now,
): Schedules {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const wait = (at: number, then: () => void) => {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        if (stopped) return;
        if (clock() < at) wait(at, then);
        else then();
      },
      Math.min(Math.max(0, at - clock()), MAX_DELAY_MS),
    );
    timer.unref();
    timers.add(timer);
  };

  const arm = (fn: LoadedFunction, schedule: string, from: number) => {
    const at = nextRun(schedule, from).getTime();
    wait(at, () => {
      void run(fn, nextRun(schedule, at)).finally(() => {
        if (!stopped) arm(fn, schedule, Math.max(at, clock()));
      });
    });
  };

  for (const fn of functions) if (fn.schedule) arm(fn, fn.schedule, clock());
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
