import type { ComponentChildren } from 'preact';
import { textDirection, type Lang } from '../lib/languages';
import { HeadContent } from './HeadContent';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface Props {
  lang: Lang;
  title: string;
  path: string;
  hasError?: boolean;
  children: ComponentChildren;
}

/** The whole page for function-rendered pages; src/layouts/Page.astro composes the same parts. */
export function Document({ lang, title, path, hasError = false, children }: Props) {
  return (
    <html lang={lang} dir={textDirection(lang)}>
      <head>
        <HeadContent lang={lang} title={title} path={path} hasError={hasError} />
      </head>
      <body>
        <SiteHeader lang={lang} path={path} />
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
