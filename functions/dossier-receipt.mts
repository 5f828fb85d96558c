import type { Config } from '@netlify/functions';
import { langFromQuery } from '../src/server/lang-query';
import { receiptResponse } from '../src/server/receipt-response';
import { handler } from '../src/server/handler';

// GET /api/dossier/receipt?lang=xx: the PDF receipt of the person's own latest confirmation.
export default handler(async (req: Request) => receiptResponse(req, langFromQuery(new URL(req.url))));

export const config: Config = { path: '/api/dossier/receipt', method: 'GET' };
