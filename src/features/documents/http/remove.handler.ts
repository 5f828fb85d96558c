import { h } from 'preact';
import { getT } from '../../../lib/i18n';
import { authError, readSessionPost } from '../../auth/index';
import { errorResponse } from '../../../platform/http/error-response';
import type { PathParams } from '../../../platform/http/path-params';
import { notFound } from '../../../platform/http/not-found';
import { redirect } from '../../../platform/http/respond';
import { MessagePage } from '../../../ui/pages/MessagePage';
import { isDocumentId } from '../store/document-store';
import { removeDocument } from '../service/index';

/**
 * POST /api/documents/{id}/remove (csrf, lang): the "Remove" button of the plain page. 303 back
 * to the list with "removed"; another dossier's file is a 404; after the confirmation a 409 that
 * says why nothing changed.
 */
export const removeDocumentPost = async (req: Request, _context: unknown, params: PathParams) => {
  const post = await readSessionPost(req);
  if (post instanceof Response) return post;
  const { lang, json, session } = post;
  if (!session) return authError('ended', lang, { returnPath: '/dossier/documents/', json });
  const id = params['id'];
  const result = isDocumentId(id) ? await removeDocument(session.candidateId, id) : 'notFound';
  if (result === 'removed') return redirect(`/${lang}/dossier/documents/?removed=1`);
  if (result === 'notFound') return notFound(lang);
  const t = getT(lang);
  const key = 'documents.error.alreadyConfirmed';
  return errorResponse({
    status: 409,
    lang,
    json,
    problems: [{ field: 'id', key }],
    page: () =>
      h(MessagePage, {
        lang,
        title: t('documents.title'),
        text: t(key),
        back: { href: `/${lang}/dossier/documents/`, label: t('dossier.back') },
      }),
  });
};
