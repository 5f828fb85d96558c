import { requestLang } from '../../../platform/http/request-lang';
import type { Lang } from '../../../lib/languages';
import { loadDossier } from '../service/index';
import { notFound } from '../../../platform/http/not-found';
import { receiptPdf } from '../receipt/receipt-pdf';
import { requireSession } from '../../auth/index';
import { bodyResponse } from '../../../platform/http/respond';

/**
 * The PDF receipt of the session's own latest confirmation, as a download that no cache keeps;
 * a 303 to sign-in without a session, a 404 when nothing was confirmed yet.
 */
export async function receiptResponse(req: Request, lang: Lang): Promise<Response> {
  const session = await requireSession(req, lang);
  if (session instanceof Response) return session;
  const dossier = await loadDossier(session.candidateId, 'dossier.read.receipt');
  if (!dossier?.confirmation) return notFound(lang);
  const pdf = await receiptPdf(dossier, dossier.confirmation, lang);
  return bodyResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="bevestiging-${dossier.confirmation.reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf"`,
    },
  });
}

// GET /api/dossier/receipt?lang=xx: the PDF receipt of the person's own latest confirmation.
export const receiptDownload = async (req: Request) => receiptResponse(req, requestLang(req, { query: true }));
