import { h, type FunctionComponent } from 'preact';
import type { z } from 'zod';
import { dateFormValues } from '../../../lib/date-parts';
import type { Lang } from '../../../lib/languages';
import { toFieldErrors, type FieldError } from '../../../lib/validation/issues';
import { badRequest } from '../../../platform/http/bad-request';
import { readFormBody } from '../../../platform/http/form-body';
import { requestLang } from '../../../platform/http/request-lang';
import { htmlResponse } from '../../../platform/http/respond';

/**
 * The largest letter form we read: the appeal's reason (REASON_MAX, 2000 characters) in a
 * script of two-byte letters is 12 kB once each byte is sent as %XX; 64 kB leaves room for all.
 */
export const LETTER_FORM_MAX_BYTES = 65_536;

interface LetterPageProps<T> {
  lang: Lang;
  letter?: T | undefined;
  values?: Record<string, string>;
  errors?: FieldError[];
}

/**
 * A printable letter from a posted form: parse, validate, render. `dates` names the form's dates,
 * each typed in three fields (`<name>-day`, `-month`, `-year`). Nothing is stored, and the
 * person's details never reach an address bar or a log.
 */
export function letterHandler<T>(
  form: string,
  schema: () => z.ZodType<T>,
  Page: FunctionComponent<LetterPageProps<T>>,
  dates: readonly string[] = [],
) {
  return async (req: Request): Promise<Response> => {
    const body = await readFormBody(req, LETTER_FORM_MAX_BYTES);
    const lang = requestLang(req, { form: body.ok ? body.values : undefined });
    if (!body.ok) return badRequest(body.status, lang);
    const parsed = schema().safeParse(dateFormValues(body.values, dates));
    if (!parsed.success) {
      const errors = toFieldErrors(form, parsed.error);
      return htmlResponse(h(Page, { lang, values: body.values, errors }), { status: 400 });
    }
    return htmlResponse(h(Page, { lang, letter: parsed.data }));
  };
}
