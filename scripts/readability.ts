/** Readability of Dutch text: Flesch-Douma and words per sentence (the guide's B1 gate). */

export const MIN_FLESCH_DOUMA = 65;
export const MAX_WORDS_PER_SENTENCE = 14;

export interface Readability {
  words: number;
  sentences: number;
  wordsPerSentence: number;
  fleschDouma: number;
}

const BLOCK_END = /<\/(p|li|h[1-6]|dt|dd|td|th|legend|label|button|summary)>/gi;

/** The readable text of a page's guide article: tags out, block ends as sentence ends. */
export function articleText(html: string): string {
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return article
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_END, '. ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Syllables in a Dutch word, counted as vowel groups ("ij", "ui", "oe" count once). */
export function syllables(word: string): number {
  return Math.max(1, (word.toLowerCase().match(/[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g) ?? []).length);
}

/**
 * Flesch-Douma = 206.835 - 0.93 × words per sentence - 77 × syllables per word.
 * @example measure('Je hebt nog tijd. Bel ons.').fleschDouma > 65 // true
 */
export function measure(text: string): Readability {
  const sentences = text
    .split(/[.!?:;]+(?=\s|$)/)
    .map((s) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  const wordsPerSentence = words.length / Math.max(1, sentences.length);
  const fleschDouma = 206.835 - 0.93 * wordsPerSentence - 77 * (syllableCount / Math.max(1, words.length));
  return {
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    fleschDouma: Math.round(fleschDouma * 10) / 10,
  };
}

/** True when a Dutch page is plain enough for B1 readers. */
export function isPlainEnough(r: Readability): boolean {
  return r.fleschDouma >= MIN_FLESCH_DOUMA && r.wordsPerSentence <= MAX_WORDS_PER_SENTENCE;
}
