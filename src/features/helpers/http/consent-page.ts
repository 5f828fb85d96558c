import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import type { Lang } from '../../../lib/languages';
import type { FieldError } from '../../../lib/validation/issues';
import { htmlResponse } from '../../../platform/http/respond';
import { consentsOf } from '../service/consents';
import { ConsentPage } from '../views/ConsentPage';

interface Render {
  lang: Lang;
  csrf: string;
  dossierId: string;
  done?: 'given' | 'withdrawn' | 'gone' | null;
  errors?: FieldError[];
  values?: { organisation?: string; months?: string };
  status?: number;
}

/** The candidate's consent page, with a fresh key for its form and what was chosen when it is shown again. */
export async function renderConsentPage({
  lang,
  csrf,
  dossierId,
  done = null,
  errors = [],
  values,
  status = 200,
}: Render) {
  const consents = await consentsOf(dossierId);
  return htmlResponse(
    h(ConsentPage, {
      lang,
      csrf,
      consents,
      idempotencyKey: randomUUID(),
      done,
      errors,
      ...(values ? { values } : {}),
    }),
    { status },
  );
}
