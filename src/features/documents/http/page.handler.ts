import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import type { Lang } from '../../../lib/languages';
import type { Session } from '../../auth/index';
import { dossierPageRequest, type Dossier } from '../../dossier/index';
import type { PathParams } from '../../../platform/http/path-params';
import { htmlResponse } from '../../../platform/http/respond';
import { notFound } from '../../../platform/http/not-found';
import type { DocumentKind } from '../model/kinds';
import type { DocumentsNotice, UploadRefusal } from '../model/types';
import { documentsOverview } from '../service/index';
import { DocumentsPage } from '../views/DocumentsPage';

export interface DocumentsPageState {
  lang: Lang;
  session: Session;
  dossier: Dossier;
  notice: DocumentsNotice;
  refusal: UploadRefusal | null;
  chosenKind: DocumentKind | null;
  status?: number;
}

/** The documents page as it stands now, with a notice or a refusal; a 404 without a dossier. */
export async function renderDocumentsPage(state: DocumentsPageState): Promise<Response> {
  const { lang, session, dossier, notice, refusal, chosenKind, status = 200 } = state;
  const overview = await documentsOverview(session.candidateId);
  if (!overview) return notFound(lang);
  const page = h(DocumentsPage, {
    lang,
    dossier,
    asked: overview.asked,
    sent: overview.sent,
    canChange: overview.canChange,
    csrf: session.csrfToken,
    idempotencyKey: randomUUID(),
    notice,
    refusal,
    chosenKind,
  });
  return htmlResponse(page, { status });
}

/** Only these two words of the address count; nothing personal is ever in it. */
function noticeOf(req: Request): DocumentsNotice {
  const query = new URL(req.url).searchParams;
  if (query.get('sent') === '1') return 'sent';
  if (query.get('removed') === '1') return 'removed';
  return null;
}

// GET /{lang}/dossier/documents/: what the housing company asks for, what was sent, and the form.
export const documentsPage = async (req: Request, _context: unknown, params: PathParams) => {
  const page = await dossierPageRequest(req, params);
  if (page instanceof Response) return page;
  return renderDocumentsPage({ ...page, notice: noticeOf(req), refusal: null, chosenKind: null });
};
