// `npm start`: the whole site with its functions, database and blobs at http://localhost:8888, offline,
// and beside it the local identity provider (itsme / eID with test citizens) at http://localhost:8899.
// DATABASE_URL=postgres://… uses that PostgreSQL server instead of the embedded database.
import { startLocalLogin } from '../dev/identity-provider/for-site';
import { config, isLocalHttp } from '../src/platform/config';
import { startHost } from './host/host';
import { close, listen } from './host/http-server';

const port = Number(process.env['PORT'] ?? 8888);
const idpPort = Number(process.env['IDP_PORT'] ?? 8899);
const siteUrl = (process.env['BASE_URL'] ??= `http://localhost:${port}`);
// Without an issuer of its own (or with a local one), the site logs in through the local provider.
const localLogin = isLocalHttp(process.env['OIDC_ISSUER'] ?? 'http://localhost');
process.env['OIDC_ISSUER'] ??= `http://localhost:${idpPort}`;
try {
  config();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const databaseUrl = process.env['DATABASE_URL'];
const identityProvider = localLogin ? await startLocalLogin(siteUrl, idpPort) : undefined;
const host = await startHost({
  database: databaseUrl ? { url: databaseUrl } : 'persistent',
  blobsDirectory: '.netlify/blobs-serve',
  siteUrl,
});
const { server, url } = await listen(host, port);
console.log(`Blijf ingeschreven runs at ${url}/ (Ctrl-C stops it)`);
console.log(
  databaseUrl ? 'Database: the PostgreSQL server in DATABASE_URL' : 'Database: embedded (PGlite) in .netlify/db',
);
if (identityProvider) console.log(`Log in through the local test provider at ${identityProvider.url}/`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  await close(server);
  await identityProvider?.stop();
  await host.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
