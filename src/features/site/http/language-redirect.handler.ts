import { h } from 'preact';
import { ChooseLanguagePage } from '../views/ChooseLanguagePage';
import { requestLang } from '../../../platform/http/request-lang';
import { htmlResponse } from '../../../platform/http/respond';

// "/" sends the browser to its language without JavaScript; the body links to every language.
export const languageRedirect = async (req: Request) => {
  const lang = requestLang(req);
  return htmlResponse(h(ChooseLanguagePage, { lang }), {
    status: 302,
    headers: { Location: `/${lang}/`, Vary: 'Accept-Language' },
  });
};
