import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { languageRedirect } from '../src/features/site/http/language-redirect.handler';

export const config: Config = { path: '/', method: 'GET' };

export default handler(languageRedirect, config);
