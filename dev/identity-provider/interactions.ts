import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { CITIZENS, citizenByNumber, subjectFor } from './citizens';
import { staffById } from '../seed/staff';
import { chooseCitizenPage, chooseMethodPage, expiredPage, METHODS, PAGE_CSP, type Method } from './pages';

const MAX_BODY_BYTES = 10_000;

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}

function seeOther(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

async function formValues(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_BODY_BYTES) break;
  }
  return new URLSearchParams(body);
}

const isMethod = (value: string | null): value is Method => value !== null && value in METHODS;

/**
 * The provider's own login pages at /interaction/<uid>/...: choose itsme or eID, then a test
 * citizen. Consent is implied (see loadExistingGrant); "stop" answers the site with access_denied.
 */
export function interactionRoutes(provider: Provider, home: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', provider.issuer);
    const [, , uid = '', step = ''] = url.pathname.split('/');
    const interaction = await provider.interactionDetails(req, res).catch(() => undefined);
    if (!interaction || interaction.uid !== uid) return send(res, 400, expiredPage(home));

    if (req.method === 'GET' && step === '') return send(res, 200, chooseMethodPage(uid));
    if (req.method === 'GET' && step === 'citizen') {
      const method = url.searchParams.get('method');
      return isMethod(method)
        ? send(res, 200, chooseCitizenPage(uid, method, CITIZENS))
        : seeOther(res, `/interaction/${uid}`);
    }
    if (req.method === 'POST' && step === 'login') {
      const form = await formValues(req);
      const method = form.get('method');
      const chosen = form.get('citizen') ?? '';
      const citizen = citizenByNumber(chosen);
      const staff = staffById(chosen);
      if (!isMethod(method)) return seeOther(res, `/interaction/${uid}`);
      if (!citizen && !staff) return send(res, 400, chooseCitizenPage(uid, method, CITIZENS, true));
      const accountId = citizen ? subjectFor(citizen.nationalNumber) : subjectFor(`staff:${chosen}`);
      const login = { accountId, amr: [method], remember: false };
      return seeOther(res, await provider.interactionResult(req, res, { login }, { mergeWithLastSubmission: false }));
    }
    if (req.method === 'POST' && step === 'abort') {
      const result = { error: 'access_denied', error_description: 'The person stopped logging in.' };
      return seeOther(res, await provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }));
    }
    send(res, 404, expiredPage(home));
  };
}
