// `npm run check:readability`: Flesch-Douma and words per sentence for every Dutch guide page.
import { readFileSync } from 'node:fs';
import { distFile, staticPages } from '../tests/support/pages';
import { MAX_WORDS_PER_SENTENCE, MIN_FLESCH_DOUMA, articleText, isPlainEnough, measure } from './readability';

const rows = staticPages()
  .filter((p) => p.startsWith('/nl/'))
  .map((path) => ({ path, ...measure(articleText(readFileSync(distFile(path), 'utf8'))) }));
console.table(rows);
const failing = rows.filter((r) => !isPlainEnough(r));
console.log(
  `${rows.length - failing.length} of ${rows.length} Dutch pages meet Flesch-Douma >= ${MIN_FLESCH_DOUMA} and <= ${MAX_WORDS_PER_SENTENCE} words a sentence`,
);
process.exitCode = failing.length > 0 ? 1 : 0;
