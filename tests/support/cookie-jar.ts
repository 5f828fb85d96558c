/**
 * The cookies one browser keeps for one site, enough to follow a login by hand: Set-Cookie in,
 * Cookie out. Paths and expiry dates are not modelled; Max-Age=0 removes a cookie.
 */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** Keeps what a response set (and forgets what it removed). */
  store(response: Response): this {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      if (attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')) this.#cookies.delete(name);
      else this.#cookies.set(name, pair.slice(index + 1).trim());
    }
    return this;
  }

  /** The Cookie header to send. */
  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }
}
