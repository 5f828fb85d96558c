/**
 * dist/ as Netlify serves it: the file for a path (with Netlify's pretty-URL variations), the
 * `_headers` rules parsed by @netlify/headers-parser, 404.html for what is not there, and
 * compressed copies made once per file.
 */
import { parseAllHeaders } from '@netlify/headers-parser';
import mime from 'mime-types';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chooseEncoding, compress, type Encoding } from './compression';

interface HeaderRule {
  forRegExp: RegExp;
  values: Record<string, string>;
}

interface CachedFile {
  key: string;
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  encoded: Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>;
}

const ASSET_EXTENSION = /\.(html?|png|jpg|js|css|svg|gif|ico|woff2?)$/;

/** The files a path may mean, in the order Netlify tries them ("/nl/status" → …/status/index.html). */
function candidates(pathname: string): string[] {
  if (pathname.endsWith('/')) {
    const bare = pathname.slice(0, -1);
    return [
      ...(pathname === '/' ? [] : [`${bare}.html`, `${bare}.htm`]),
      `${pathname}index.html`,
      `${pathname}index.htm`,
    ];
  }
  if (ASSET_EXTENSION.test(pathname)) return [pathname];
  return [pathname, `${pathname}.html`, `${pathname}.htm`, `${pathname}/index.html`, `${pathname}/index.htm`];
}

export class StaticSite {
  readonly #files = new Map<string, CachedFile>();
  #rules: HeaderRule[] = [];

  private constructor(private readonly root: string) {}

  /** Reads the site's `_headers` (and netlify.toml's [[headers]]) once. */
  static async open(root: string, netlifyToml?: string): Promise<StaticSite> {
    const site = new StaticSite(path.resolve(root));
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [path.join(site.root, '_headers')],
      netlifyConfigPath: netlifyToml,
      configHeaders: [],
      minimal: false,
    });
    if (errors.length > 0) throw new Error(`_headers: ${errors.map((e) => e.message).join('; ')}`);
    site.#rules = headers as HeaderRule[];
    return site;
  }

  /** The `_headers` values for a path, later rules overriding earlier ones. */
  headersFor(pathname: string): Record<string, string> {
    return Object.assign({}, ...this.#rules.filter((r) => r.forRegExp.test(pathname)).map((r) => r.values));
  }

  async #file(relative: string): Promise<CachedFile | undefined> {
    const full = path.join(this.root, ...relative.split('/').filter(Boolean));
    if (!full.startsWith(this.root + path.sep) && full !== this.root) return undefined;
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    // A rebuilt file has a new size or time, so it is read again.
    const key = `${info.size}:${info.mtimeMs}`;
    const cached = this.#files.get(full);
    if (cached?.key === key) return cached;
    const file = {
      key,
      body: new Uint8Array(await readFile(full)),
      contentType: mime.contentType(path.extname(full)) || 'application/octet-stream',
      encoded: new Map(),
    };
    this.#files.set(full, file);
    return file;
  }

  /** The response for a static file, or undefined when dist/ has none for this path. */
  async respond(
    request: Request,
    status = 200,
    pathname = new URL(request.url).pathname,
  ): Promise<Response | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    for (const candidate of candidates(decoded)) {
      const file = await this.#file(candidate);
      if (file) return this.#answer(request, file, status, pathname);
    }
    return undefined;
  }

  /** The site's 404.html with status 404, as Netlify answers a path nothing serves. */
  async notFound(request: Request): Promise<Response> {
    const page = await this.respond(request, 404, '/404.html');
    return page ?? new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }

  async #answer(request: Request, file: CachedFile, status: number, pathname: string): Promise<Response> {
    const headers = new Headers({
      'Content-Type': file.contentType,
      'Cache-Control': 'public, max-age=0, must-revalidate',
      Age: '0',
      Vary: 'Accept-Encoding',
      ...this.headersFor(pathname),
    });
    const encoding = chooseEncoding(request.headers.get('accept-encoding'), file.contentType, file.body.byteLength);
    let body = file.body;
    if (encoding) {
      let encoded = file.encoded.get(encoding);
      if (!encoded) {
        encoded = compress(file.body, encoding, 'static').then((packed) => new Uint8Array(packed));
        file.encoded.set(encoding, encoded);
      }
      body = await encoded;
      headers.set('Content-Encoding', encoding);
    }
    headers.set('Content-Length', String(body.byteLength));
    return new Response(request.method === 'HEAD' ? null : body, { status, headers });
  }
}
