import { todayInBelgium } from '../../../lib/dates';
import { dateFormValues } from '../../../lib/date-parts';
import { deadlineSchema } from '../model/schema';
import { toFieldErrors } from '../../../lib/validation/issues';
import { deadlineAnswer, deadlineErrors } from './deadline-response';
import { requestLang, wantsJson } from '../../../platform/http/request-lang';

// GET /api/deadline?letter-day=18&letter-month=3&letter-year=2024&kind=first|reminder|yearly&lang=xx[&format=ics]
// (an old link's letter=YYYY-MM-DD still works)
export const deadlineAnswerPage = async (req: Request) => {
  const url = new URL(req.url);
  const lang = requestLang(req, { query: true });
  const format = url.searchParams.get('format') === 'ics' ? 'ics' : wantsJson(req) ? 'json' : 'html';
  const values = { kind: '', ...Object.fromEntries(url.searchParams) };
  const today = todayInBelgium();
  const parsed = deadlineSchema(today).safeParse(dateFormValues(values, ['letter']));
  if (!parsed.success)
    return deadlineErrors(toFieldErrors('deadline', parsed.error), values, lang, format === 'ics' ? 'html' : format);
  return deadlineAnswer(parsed.data.letter, parsed.data.kind, today, lang, format);
};
