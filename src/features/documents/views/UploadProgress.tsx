import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';

/**
 * Where the script shows how far a file is: a progress bar with its label (hidden until a file
 * goes) and a polite live region that speaks a few words now and then, never the bar itself.
 */
export function UploadProgress({ lang }: { lang: Lang }) {
  const t = getT(lang);
  return (
    <div class="upload-progress">
      <label for="upload-progress" id="upload-progress-label" hidden>
        {t('documents.progress.label')}
      </label>
      <progress id="upload-progress" max="100" value="0" hidden></progress>
      <p id="upload-status" role="status" aria-live="polite"></p>
    </div>
  );
}
