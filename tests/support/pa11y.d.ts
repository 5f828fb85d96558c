// pa11y ships no types; this is the part we use.
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';
  interface Issue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
  }
  interface Options {
    browser?: Browser;
    page?: Page;
    ignoreUrl?: boolean;
    runners?: string[];
    standard?: string;
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
  }
  export default function pa11y(url: string, options?: Options): Promise<{ issues: Issue[] }>;
}
