import { AppealLetterPage } from '../views/AppealLetterPage';
import { todayInBelgium } from '../../../lib/dates';
import { appealLetterSchema } from '../model/schemas';
import { letterHandler } from './letter-handler';

// POST /api/letter/appeal: the appeal letter against a strike-off, with its dates, ready to print.
export const appealLetter = letterHandler('appeal', () => appealLetterSchema(todayInBelgium()), AppealLetterPage, [
  'noticeDate',
]);
