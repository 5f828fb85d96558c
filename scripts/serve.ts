// `npm start`: the whole site with its functions, database and blobs at http://localhost:8888, offline.
import { listen, startPlatform } from './platform';

const port = Number(process.env['PORT'] ?? 8888);
const platform = await startPlatform();
const { server, url } = await listen(platform, port);
console.log(`Blijf ingeschreven runs at ${url}/ (Ctrl-C stops it)`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await platform.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
