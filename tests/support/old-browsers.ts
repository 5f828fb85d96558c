import browserslist from 'browserslist';
import doiuse from 'doiuse';
import postcss, { type ChildNode, type Declaration, type Root, type Rule } from 'postcss';

/** The browsers the site supports: the `browserslist` list in package.json. */
export function supportedBrowsers(): string[] {
  const list = browserslist.loadConfig({ path: process.cwd() });
  if (!list) throw new Error('package.json has no browserslist');
  return list;
}

/**
 * The physical longhands a logical property stands for in a left-to-right, horizontal page.
 * @example physicalSides('margin-inline') // ['margin-left', 'margin-right']
 * @example physicalSides('inset-inline-start') // ['left']
 */
export function physicalSides(logical: string): string[] {
  const sizes: Record<string, string> = { 'inline-size': 'width', 'block-size': 'height' };
  for (const [from, to] of Object.entries(sizes)) if (logical.endsWith(from)) return [logical.replace(from, to)];
  const sides = logical
    .replace('inline-start', 'left')
    .replace('inline-end', 'right')
    .replace('block-start', 'top')
    .replace('block-end', 'bottom');
  const both = sides.includes('-inline') ? ['left', 'right'] : sides.includes('-block') ? ['top', 'bottom'] : null;
  const longhands = both ? both.map((side) => sides.replace(/-(inline|block)/, `-${side}`)) : [sides];
  return longhands.map((longhand) => longhand.replace(/^inset-/, ''));
}

/** The declaration comes before, in the same rule, and sets this physical longhand (itself or a shorthand of it). */
const sets = (declaration: ChildNode, longhand: string) =>
  declaration.type === 'decl' && (longhand === declaration.prop || longhand.startsWith(`${declaration.prop}-`));

/** Its start or end side is a physical left or right, which a right-to-left page swaps. */
const dependsOnDirection = (logical: string) => /inline-(start|end)|^text-align$/.test(logical);

/**
 * What old engines miss of a logical property, or '' when it is covered: a physical declaration
 * of every side before it in the same rule (old engines read that one, new ones the logical line
 * after it), and, for a start or end side, a `[dir=rtl]` rule for each of its selectors.
 */
function missingFallback(declaration: Declaration, root: Root): string {
  const rule = declaration.parent as Rule;
  const before = rule.nodes.slice(0, rule.nodes.indexOf(declaration));
  const uncovered = physicalSides(declaration.prop).filter((side) => !before.some((d) => sets(d, side)));
  if (uncovered.length > 0) return `no ${uncovered.join(', ')} before it`;
  if (!dependsOnDirection(declaration.prop)) return '';
  const rtlSelectors = new Set<string>();
  root.walkRules((r) => r.selectors.forEach((s) => rtlSelectors.add(s)));
  const unmirrored = rule.selectors.filter((s) => !rtlSelectors.has(`[dir=rtl] ${s}`));
  return unmirrored.length > 0 ? `no [dir=rtl] rule for ${unmirrored.join(', ')}` : '';
}

/**
 * Every use of a CSS feature that a supported browser lacks (doiuse over caniuse data), as
 * "file:line:column feature property: why", except the features in `ignore` and logical
 * properties that carry a physical fallback (see missingFallback).
 */
export async function oldBrowserFindings(css: string, from: string, ignore: readonly string[]): Promise<string[]> {
  const findings: string[] = [];
  const root = postcss.parse(css, { from });
  const plugin = doiuse({
    browsers: supportedBrowsers(),
    onFeatureUsage: ({ feature, usage }) => {
      if (ignore.includes(feature)) return;
      const where = `${from}:${usage.source?.start?.line}:${usage.source?.start?.column} ${feature}`;
      const what = usage.type === 'decl' ? usage.prop : usage.type === 'rule' ? usage.selector : usage.type;
      const fallback = feature === 'css-logical-props' && usage.type === 'decl';
      const missing = fallback ? missingFallback(usage, root) : 'not read';
      if (missing) findings.push(`${where} ${what}: ${missing}`);
    },
  });
  await postcss([plugin]).process(root, { from });
  return findings;
}
