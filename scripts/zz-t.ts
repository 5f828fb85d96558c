import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const dir = '.netlify/functions-built';
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
const rows = [];
for (const f of manifest.functions) {
  const entry = await readFile(path.join(dir, f.name, '___netlify-entry-point.mjs'), 'utf8');
  const target = /getLambdaHandler\('([^']+)'\)/.exec(entry)![1]!;
  const t = performance.now();
  await import(pathToFileURL(path.join(dir, f.name, target)).href);
  rows.push([f.name, Math.round(performance.now() - t)]);
}
console.log(rows.sort((a, b) => (b[1] as number) - (a[1] as number)).map((r) => r.join(' ')).join('\n'));
process.exit(0);
