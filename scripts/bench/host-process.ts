// The server side of `npm run bench:api`, in a process of its own: on a 2-core machine a host that
// shared its event loop with autocannon would be measured against its own load generator.
// Starts the host (BENCH_HOST_DATABASE_URL, else the embedded database in memory) on a free port
// and the local identity provider beside it, then prints one JSON line on stdout (HostReady).
// Stops on SIGTERM or SIGINT, and when stdin closes: a parent that dies must not leave it behind.
import { startLocalLogin } from '../../dev/identity-provider/for-site';
import { startHost } from '../host/host';
import { close, listen } from '../host/http-server';

/** What the host process prints once it answers requests. */
export interface HostReady {
  url: string;
  identityProviderUrl: string;
  /** The database the functions use, for the benchmark's own count of confirmations. */
  databaseUrl: string;
  databaseKind: 'embedded' | 'postgres';
}

const databaseUrl = process.env['BENCH_HOST_DATABASE_URL'];
const host = await startHost({ database: databaseUrl ? { url: databaseUrl } : 'memory' });
// Requests still being answered when the load stops; the database must outlive them, or each
// one fails at stop with "database unavailable" (noise, not a finding).
const answering = new Set<Promise<Response>>();
const { server, url } = await listen(
  {
    ...host,
    handle(request, info) {
      const answer = host.handle(request, info);
      answering.add(answer);
      void answer.finally(() => answering.delete(answer)).catch(() => {});
      return answer;
    },
  },
  0,
);
// As tests/support/platform.ts: the provider needs the site's address, known only now; the
// functions read OIDC_ISSUER (which startLocalLogin sets) at their first login, which comes later.
const identityProvider = await startLocalLogin(url);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await close(server);
  await Promise.race([Promise.allSettled([...answering]), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await identityProvider.stop();
  await host.stop();
  // process.exit, not a signal's default end: --cpu-prof writes its profile only at a normal exit.
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop).on('close', stop).resume();

const ready: HostReady = {
  url,
  identityProviderUrl: identityProvider.url,
  databaseUrl: host.database.url,
  databaseKind: host.database.kind,
};
process.stdout.write(`${JSON.stringify(ready)}\n`);
