import type { Config } from '@netlify/functions';
import { handler } from '../src/platform/http/handler';
import { staffReservationsPage } from '../src/features/sessions/http/staff-reservations.handler';

export const config: Config = { path: '/:lang/staff/sessions/:id', excludedPath: '/api/*', method: 'GET' };

export default handler(staffReservationsPage, config);
