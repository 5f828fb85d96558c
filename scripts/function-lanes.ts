/**
 * Works around a race in @netlify/dev 5: it builds a function for every request into a
 * temporary folder, shares one build between requests that overlap, and deletes the folder
 * when the first of them ends, so the others fail with a 500. Requests to the same function
 * therefore go one at a time here (different functions and static files stay parallel).
 * Local platform only: production Netlify has no such build step.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface Route {
  name: string;
  pattern: URLPattern;
}

/** Each function's `config.path`, read from its source without running it. */
export function readFunctionRoutes(functionsDir: string): Route[] {
  return readdirSync(functionsDir)
    .filter((file) => /\.m?[jt]s$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(path.join(functionsDir, file), 'utf8');
      const paths = /export const config[\s\S]*?path:\s*(\[[^\]]*\]|'[^']*')/.exec(source)?.[1] ?? '';
      return [...paths.matchAll(/'([^']+)'/g)].map((m) => ({
        name: file,
        pattern: new URLPattern({ pathname: m[1] ?? '' }),
      }));
    });
}

export class FunctionLanes {
  #tails = new Map<string, Promise<unknown>>();

  constructor(private readonly routes: Route[]) {}

  /** The function that answers a path ("/nl/status/" and "/nl/status" alike), if any. */
  functionFor(pathname: string): string | undefined {
    const trimmed = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
    return this.routes.find((route) => route.pattern.test({ pathname: trimmed }))?.name;
  }

  /** Runs `task` after the earlier requests to the same function have finished. */
  run<T>(pathname: string, task: () => Promise<T>): Promise<T> {
    const name = this.functionFor(pathname);
    if (!name) return task();
    const previous = this.#tails.get(name) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(name, tail);
    void tail.then(() => {
      if (this.#tails.get(name) === tail) this.#tails.delete(name);
    });
    return result;
  }
}
