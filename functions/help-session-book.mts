import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { bookHandler } from '../src/features/sessions/http/book.handler';

export const config: Config = { path: '/api/help-sessions/book', method: 'POST' };

export default handler(bookHandler, config);
