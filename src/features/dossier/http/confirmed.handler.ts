import type { PathParams } from '../../../platform/http/path-params';
import { h } from 'preact';
import { ConfirmationOutdatedPage } from '../views/ConfirmationOutdatedPage';
import { DossierConfirmedPage } from '../views/DossierConfirmedPage';
import { isConfirmedAsIs } from '../model/sections';
import { dossierPageRequest } from './page-request';
import { htmlResponse, redirect } from '../../../platform/http/respond';

// GET /{lang}/dossier/confirmed/: the reference, date and time, what happens next, the receipt.
export const confirmedPage = async (req: Request, _context: unknown, params: PathParams) => {
  const page = await dossierPageRequest(req, params);
  if (page instanceof Response) return page;
  const { lang, dossier, session } = page;
  // Nothing confirmed yet: the way to confirm is the check page.
  if (!dossier.confirmation) return redirect(`/${lang}/dossier/check/`, 303);
  // Changed since: the earlier confirmation is not of this dossier any more.
  if (!isConfirmedAsIs(dossier)) {
    return htmlResponse(
      h(ConfirmationOutdatedPage, { lang, confirmation: dossier.confirmation, csrf: session.csrfToken }),
    );
  }
  return htmlResponse(
    h(DossierConfirmedPage, { lang, dossier, confirmation: dossier.confirmation, csrf: session.csrfToken }),
  );
};
