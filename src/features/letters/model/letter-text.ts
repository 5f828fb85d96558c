import letters from '../../../../content/data/letters.json';

/** Fills {{name}} placeholders of a Dutch letter line. */
export function fillLine(line: string, values: Record<string, string>): string {
  return line.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

export const LETTERS = letters;
