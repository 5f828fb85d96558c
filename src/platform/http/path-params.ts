import type { Config } from '@netlify/functions';

/** The named parts of a page's address, as its route names them: `lang`, `section`. */
export type PathParams = Partial<Record<string, string>>;

const patterns = new Map<string, URLPattern>();

/** A route's pattern, compiled once; case does not matter, as on Netlify. */
function patternOf(route: string): URLPattern {
  let pattern = patterns.get(route);
  if (!pattern) patterns.set(route, (pattern = new URLPattern({ pathname: route }, { ignoreCase: true })));
  return pattern;
}

/**
 * The parameters of the function's configured `path` (`/:lang/dossier/:section`), read from the
 * request's own path, with or without a trailing slash and whatever the query. Netlify's runtime
 * fills `context.params` only when the whole URL ends in "/", so `/nl/dossier/?from=sms` reached
 * a page without its language (a 404): pages read their parameters here instead.
 * @example pathParams(new Request('https://x/nl/dossier/income/?x=1'), '/:lang/dossier/:section') // { lang: 'nl', section: 'income' }
 */
export function pathParams(req: Request, path: Config['path']): PathParams {
  const pathname = new URL(req.url).pathname.replace(/(.)\/+$/, '$1');
  for (const route of path === undefined ? [] : [path].flat()) {
    const groups = patternOf(route).exec({ pathname })?.pathname.groups;
    if (groups) return { ...groups };
  }
  return {};
}
