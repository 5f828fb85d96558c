import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import { REFUSAL_MESSAGES } from '../model/labels';

/**
 * The words public/upload-send.js shows and speaks, in the page's language, as data attributes
 * of the form: the script carries no text of its own.
 */
export function uploadScriptTexts(lang: Lang): Record<string, string> {
  const t = getT(lang);
  return {
    'data-text-started': t('documents.script.started'),
    'data-text-half': t('documents.script.half'),
    'data-text-sent': t('documents.script.sent'),
    'data-text-scaling': t('documents.script.scaling'),
    'data-text-resumed': t('documents.script.resumed'),
    'data-text-retrying': t('documents.script.retrying'),
    'data-text-failed': t('documents.script.failed'),
    'data-text-too-big': t('documents.script.tooBig'),
    'data-text-no-file': t(REFUSAL_MESSAGES.noFile),
    'data-text-kind-missing': t(REFUSAL_MESSAGES.kindMissing),
    'data-text-error-title': t('form.errorSummary'),
    'data-text-error-prefix': t('form.errorPrefix'),
  };
}
