import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../src/lib/languages';

const DIST = path.resolve('dist');

/** Every built HTML page as a site path ("/nl/deadline/"), read from dist/ after `npm run build`. */
export function staticPages(): string[] {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => p !== '/404.html')
    .sort();
}

/** Pages rendered by functions, including their error states: every language. */
export function dynamicPages(): string[] {
  const perLanguage = ['/status/'];
  return LANGUAGES.flatMap((lang) => perLanguage.map((p) => `/${lang}${p}`));
}

/** The HTML file in dist/ for a site path. */
export function distFile(sitePath: string): string {
  return path.join(DIST, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}
