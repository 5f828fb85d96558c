import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { receiptDownload } from '../src/features/dossier/http/receipt.handler';

export const config: Config = { path: '/api/dossier/receipt', method: 'GET' };

export default handler(receiptDownload, config);
