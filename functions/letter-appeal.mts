import type { Config } from '@netlify/functions';
import { AppealLetterPage } from '../src/components/pages/AppealLetterPage';
import { todayInBelgium } from '../src/lib/dates';
import { appealLetterSchema } from '../src/lib/validation/letters';
import { letterHandler } from '../src/server/letter-handler';
import { handler } from '../src/server/handler';

// POST /api/letter/appeal: the appeal letter against a strike-off, with its dates, ready to print.
export default handler(letterHandler('appeal', () => appealLetterSchema(todayInBelgium()), AppealLetterPage));

export const config: Config = { path: '/api/letter/appeal', method: 'POST' };
