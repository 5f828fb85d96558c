import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { calendarHandler } from '../src/features/sessions/http/calendar.handler';

export const config: Config = { path: '/api/help-sessions/:id/calendar.ics', method: 'GET' };

export default handler(calendarHandler, config);
