// How busy the machine is before a benchmark starts: on 2 cores, a test run or a build beside the
// benchmark shows in every figure, so the results say so.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** Busy and total jiffies of all CPUs since boot (Linux), or undefined elsewhere. */
function cpuTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return total > 0 ? { busy: total - idle, total } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The share of all CPUs (0–1) that other work used over the next `ms` milliseconds, measured
 * before the benchmark starts anything; the load average where /proc/stat does not exist.
 */
export async function busyBeforeStart(ms = 1000): Promise<{ busy: number; how: string }> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  if (before && after && after.total > before.total) {
    return { busy: (after.busy - before.busy) / (after.total - before.total), how: `CPU use over ${ms / 1000} s` };
  }
  return { busy: (loadavg()[0] ?? 0) / availableParallelism(), how: 'load average per core' };
}
