import { ProxyLetterPage } from '../views/ProxyLetterPage';
import { proxyLetterSchema } from '../model/schemas';
import { letterHandler } from './letter-handler';

// POST /api/letter/proxy: the proxy (volmacht) letter to the housing company, ready to print.
export const proxyLetter = letterHandler('proxy', () => proxyLetterSchema, ProxyLetterPage);
