import { createHash } from 'node:crypto';

/** Inline code a page carries that the Content-Security-Policy must allow, or must forbid. */
export function inlineCodeProblems(html: string, csp: string): string[] {
  const problems: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\ssrc=/.test(attrs) || body.trim() !== '') problems.push('inline script');
  }
  if (/\son[a-z]+=/i.test(html)) problems.push('inline event handler');
  for (const [, css = ''] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    if (!csp.includes(hash)) problems.push(`inline style not allowed by hash ${hash}`);
  }
  return problems;
}
