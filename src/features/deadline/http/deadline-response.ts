import { h } from 'preact';
import { DeadlinePage } from '../views/DeadlinePage';
import { computeDeadline, type LetterKind } from '../model/deadlines';
import { getT } from '../../../lib/i18n';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { echoed } from '../../../lib/echo';
import { calendarFile } from './ics';
import { errorResponse } from '../../../platform/http/error-response';
import { bodyResponse, htmlResponse, jsonResponse } from '../../../platform/http/respond';

type Format = 'html' | 'json' | 'ics';

/** The answer of the calculator in the asked format. */
export function deadlineAnswer(letter: string, kind: LetterKind, today: string, lang: Lang, format: Format): Response {
  const result = computeDeadline(letter, kind, today);
  if (format === 'json') return jsonResponse(result);
  if (format === 'ics') {
    const t = getT(lang);
    const body = calendarFile({
      uid: `deadline-${kind}-${letter}@blijfingeschreven.be`,
      date: result.deadline,
      summary: t('deadline.ics.summary'),
      description: t('deadline.ics.description'),
      alarmsDaysBefore: [7, 1],
    });
    return bodyResponse(body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="deadline-${result.deadline}.ics"`,
      },
    });
  }
  return htmlResponse(h(DeadlinePage, { lang, result }));
}

/** The form's errors: a page with the form again (what was typed cut to a sane length), or JSON errors; both 400. */
export function deadlineErrors(
  errors: FieldError[],
  values: Record<string, string>,
  lang: Lang,
  format: Format,
): Response {
  return errorResponse({
    status: 400,
    lang,
    json: format === 'json',
    problems: errors,
    page: () => {
      const shown = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, echoed(value)]));
      return h(DeadlinePage, { lang, values: shown, errors });
    },
  });
}
