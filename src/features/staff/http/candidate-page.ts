import { randomUUID } from 'node:crypto';
import { h } from 'preact';
import type { StaffSession } from '../../auth/index';
import { todayInBelgium } from '../../../lib/dates';
import type { Lang } from '../../../lib/languages';
import { htmlResponse } from '../../../platform/http/respond';
import type { StaffCandidate } from '../model/types';
import { CandidatePage, type ActProblem } from '../views/CandidatePage';
import { StrikeOffPage } from '../views/StrikeOffPage';
import { staffFrame } from './staff-frame';

interface Render {
  lang: Lang;
  staff: StaffSession;
  candidate: StaffCandidate;
  done?: string | null;
  problem?: ActProblem | null;
  values?: { ground?: string; noticeDate?: string };
  status?: number;
}

/** The candidate's page, with a fresh key for its forms; a refusal's status when there is one. */
export function renderCandidatePage({ lang, staff, candidate, done = null, problem = null, status = 200 }: Render) {
  return htmlResponse(
    h(CandidatePage, { lang, ...staffFrame(staff), candidate, idempotencyKey: randomUUID(), done, problem }),
    { status },
  );
}

/** The strike-off page, with a fresh key; the ground and date typed stay when it is shown again. */
export function renderStrikeOffPage({ lang, staff, candidate, problem = null, values, status = 200 }: Render) {
  return htmlResponse(
    h(StrikeOffPage, {
      lang,
      ...staffFrame(staff),
      candidate,
      idempotencyKey: randomUUID(),
      today: todayInBelgium(),
      problem,
      ...(values ? { values } : {}),
    }),
    { status },
  );
}
