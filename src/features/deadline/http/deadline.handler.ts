import { todayInBelgium } from '../../../lib/dates';
import { deadlineSchema } from '../model/schema';
import { toFieldErrors } from '../../../lib/validation/issues';
import { deadlineAnswer, deadlineErrors } from './deadline-response';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';

// GET /api/deadline?letter=YYYY-MM-DD&kind=first|reminder|yearly&lang=xx[&format=ics]
export const deadlineAnswerPage = async (req: Request) => {
  const url = new URL(req.url);
  const lang = requestLang(req, { query: true });
  const format = url.searchParams.get('format') === 'ics' ? 'ics' : wantsJson(req) ? 'json' : 'html';
  const values = { letter: url.searchParams.get('letter') ?? '', kind: url.searchParams.get('kind') ?? '' };
  const today = todayInBelgium();
  const parsed = deadlineSchema(today).safeParse(values);
  if (!parsed.success)
    return deadlineErrors(toFieldErrors('deadline', parsed.error), values, lang, format === 'ics' ? 'html' : format);
  return deadlineAnswer(parsed.data.letter, parsed.data.kind, today, lang, format);
};
