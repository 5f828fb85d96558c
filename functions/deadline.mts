import type { Config } from '@netlify/functions';
import { todayInBelgium } from '../src/lib/dates';
import { deadlineSchema } from '../src/lib/validation/deadline';
import { toFieldErrors } from '../src/lib/validation/issues';
import { deadlineAnswer, deadlineErrors } from '../src/server/deadline-response';
import { langFromQuery, wantsJson } from '../src/server/lang-query';
import { handler } from '../src/server/handler';

// GET /api/deadline?letter=YYYY-MM-DD&kind=first|reminder|yearly&lang=xx[&format=ics]
export default handler(async (req: Request) => {
  const url = new URL(req.url);
  const lang = langFromQuery(url);
  const format = url.searchParams.get('format') === 'ics' ? 'ics' : wantsJson(req) ? 'json' : 'html';
  const values = { letter: url.searchParams.get('letter') ?? '', kind: url.searchParams.get('kind') ?? '' };
  const today = todayInBelgium();
  const parsed = deadlineSchema(today).safeParse(values);
  if (!parsed.success)
    return deadlineErrors(toFieldErrors('deadline', parsed.error), values, lang, format === 'ics' ? 'html' : format);
  return deadlineAnswer(parsed.data.letter, parsed.data.kind, today, lang, format);
});

export const config: Config = { path: '/api/deadline', method: 'GET' };
