import type { Config } from '@netlify/functions';
import { h } from 'preact';
import { ChooseLanguagePage } from '../src/components/pages/ChooseLanguagePage';
import { negotiateLanguage } from '../src/lib/negotiate-language';
import { htmlResponse } from '../src/server/respond';
import { handler } from '../src/server/handler';

// "/" sends the browser to its language without JavaScript; the body links to every language.
export default handler(async (req: Request) => {
  const lang = negotiateLanguage(req.headers.get('accept-language'));
  return htmlResponse(h(ChooseLanguagePage, { lang }), {
    status: 302,
    headers: { Location: `/${lang}/`, Vary: 'Accept-Language' },
  });
});

export const config: Config = { path: '/', method: 'GET' };
