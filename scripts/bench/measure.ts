// One autocannon run of `npm run bench:api`, summed up as a row of its table.
import autocannon, { type Options } from 'autocannon';

export interface Row {
  scenario: string;
  requests: number;
  /** Requests answered per second of the run. */
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers with another status than the expected one, and socket errors and timeouts. */
  errors: number;
  statuses: string;
  seconds: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * Runs autocannon against `url` and keeps every answer's time and status: autocannon's own
 * latency figures leave out non-2xx answers, and a 303 is the expected answer of a form post.
 * @param expected the status every answer should have; others count as errors
 */
export async function measure(
  scenario: string,
  expected: number,
  url: string,
  options: Omit<Options, 'url'>,
): Promise<Row> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const started = performance.now();
  // A 30 s timeout: a request that slow is a failure, not a figure to wait for.
  const instance = autocannon({ url, timeout: 30, ...options });
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    times.push(time);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const unexpected = Object.entries(statuses).reduce(
    (sum, [status, n]) => sum + (Number(status) === expected ? 0 : n),
    0,
  );
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    scenario,
    requests: times.length,
    rps: Math.round(times.length / seconds),
    p50Ms: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    p99Ms: round1(percentile(times, 99)),
    errors: result.errors + unexpected,
    statuses: Object.entries(statuses)
      .map(([status, n]) => `${status}×${n}`)
      .join(' '),
    seconds: round1(seconds),
  };
}

/** A run whose figures are thrown away: the first requests fill pools, caches and V8's JIT. */
export async function warmUp(url: string, options: Omit<Options, 'url'>): Promise<void> {
  await autocannon({ url, timeout: 30, ...options });
}
