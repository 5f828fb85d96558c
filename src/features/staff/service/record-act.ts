import type pg from 'pg';
import type { StaffSession } from '../../auth/index';
import { earlierConfirmation, insertConfirmation } from '../../dossier/index';
import { APPEAL_DAYS } from '../../deadline/model/index';
import { addDays, parseDate, todayInBelgium } from '../../../lib/dates';
import { audit, staffActor } from '../../../platform/db/audit';
import { inTransaction } from '../../../platform/db/transaction';
import { REASON_MAX, REASON_MIN, type ActKind, type SimpleAct } from '../model/acts';
import { isStrikeOffGround, type StrikeOffGround } from '../model/grounds';
import type { ActRefusal } from '../model/refusals';
import { actKindsOf, actOfKey, insertAct, lockDossier } from '../store/act-store';
import { insertStrikeOff, recordContest, strikeOffOf } from '../store/strike-off-store';

export type ActResult = { ok: true; kind: ActKind; repeat: boolean } | { ok: false; reason: ActRefusal } | null;

type Locked = NonNullable<Awaited<ReturnType<typeof lockDossier>>>;

/** The reason as typed, trimmed; or why it cannot be used. */
export function checkReason(reason: string | undefined): { reason: string } | { refusal: ActRefusal } {
  const text = (reason ?? '').trim();
  if (text.length < REASON_MIN) return { refusal: 'reasonMissing' };
  if (text.length > REASON_MAX) return { refusal: 'reasonTooLong' };
  return { reason: text };
}

/**
 * The frame of every act: the dossier of the staff member's own company, locked; the same key
 * again answers with the act it recorded (exactly once); `work` decides and records, and the
 * audit row `staff.act.<kind>` commits with it. null: no such dossier in this company (a 404).
 */
async function act(
  staff: StaffSession,
  reference: string,
  kind: ActKind,
  idempotencyKey: string,
  work: (client: pg.PoolClient, dossier: Locked, key: string) => Promise<ActRefusal | 'repeat' | null>,
): Promise<ActResult> {
  const key = `${staff.staffId}:${idempotencyKey}`;
  const result = await inTransaction(async (client): Promise<ActResult> => {
    const dossier = await lockDossier(client, staff.company, reference);
    if (!dossier) return null;
    const earlier = await actOfKey(client, key);
    if (earlier) {
      return earlier.dossierId === dossier.id && earlier.kind === kind
        ? { ok: true, kind, repeat: true }
        : { ok: false, reason: 'keyReused' };
    }
    const refusal = await work(client, dossier, key);
    if (refusal === 'repeat') return { ok: true, kind, repeat: true };
    if (refusal) return { ok: false, reason: refusal };
    await audit(staffActor(staff.staffId), dossier.id, `staff.act.${AUDIT_NAMES[kind]}`, client);
    return { ok: true, kind, repeat: false };
  });
  return result;
}

const AUDIT_NAMES: Record<ActKind, string> = {
  proxy: 'proxy',
  'paper-reaction': 'paperReaction',
  'help-asked': 'helpAsked',
  confirmation: 'confirmation',
  'strike-off': 'strikeOff',
  appeal: 'appeal',
};

/**
 * A paper reaction, a request for help, or a confirmation on the candidate's behalf. The
 * confirmation needs a proxy or a paper reaction first (the staff member confirms what the
 * candidate gave them), and records one confirmation of the dossier's version: when the candidate
 * confirmed at the same moment, that one stands and this act says "already confirmed".
 */
export async function recordSimpleAct(
  staff: StaffSession,
  reference: string,
  kind: SimpleAct,
  input: { reason: string | undefined; idempotencyKey: string },
): Promise<ActResult> {
  const checked = checkReason(input.reason);
  return act(staff, reference, kind, input.idempotencyKey, async (client, dossier, key) => {
    if ('refusal' in checked) return checked.refusal;
    if (dossier.status === 'struck-off') return 'struckOff';
    if (kind !== 'confirmation') {
      return (await insertAct(client, { dossierId: dossier.id, kind, staff, reason: checked.reason, key }))
        ? null
        : 'repeat';
    }
    const earlier = await earlierConfirmation(client, dossier.id, key, dossier.version);
    if (earlier.byVersion || dossier.status === 'confirmed') return 'alreadyConfirmed';
    const acts = await actKindsOf(client, dossier.id);
    if (!acts.has('proxy') && !acts.has('paper-reaction')) return 'noProxy';
    const actId = await insertAct(client, { dossierId: dossier.id, kind, staff, reason: checked.reason, key });
    if (!actId) return 'repeat';
    const confirmation = await insertConfirmation(client, dossier.id, key, dossier.version, actId);
    if (!confirmation) throw new Error('recordSimpleAct: the confirmation was recorded meanwhile');
    await client.query(`UPDATE dossiers SET status = 'confirmed', updated_at = now() WHERE id = $1`, [dossier.id]);
    return null;
  });
}

/** The proxy (volmacht): the signed form was received as a document of the dossier first. */
export async function recordProxy(
  staff: StaffSession,
  reference: string,
  input: { reason: string; idempotencyKey: string; documentId: string },
): Promise<ActResult> {
  return act(staff, reference, 'proxy', input.idempotencyKey, async (client, dossier, key) => {
    if (dossier.status === 'struck-off') return 'struckOff';
    const actId = await insertAct(client, {
      dossierId: dossier.id,
      kind: 'proxy',
      staff,
      reason: input.reason,
      key,
      documentId: input.documentId,
    });
    return actId ? null : 'repeat';
  });
}

/** A notice date may be today or up to 30 days back (a letter sent earlier, recorded late). */
export function checkNoticeDate(value: string | undefined, today = todayInBelgium()): string | null {
  const date = parseDate(value ?? '');
  if (date === 'invalid' || date === 'impossible') return null;
  return date <= today && date >= addDays(today, -30) ? date : null;
}

/**
 * Strikes the candidate off, deliberately: with a ground, a reason and the notice date from
 * which the 30 days to contest are counted. "No reaction" only after the reminder's deadline
 * passed. Keeps what was known at that moment for the monitoring (municipality, ever logged in,
 * help asked, proxy), sends the struck-off letter (deadline = the last day to contest).
 */
export async function strikeOff(
  staff: StaffSession,
  reference: string,
  input: {
    ground: string | undefined;
    reason: string | undefined;
    noticeDate: string | undefined;
    idempotencyKey: string;
  },
): Promise<ActResult> {
  const checked = checkReason(input.reason);
  const ground: StrikeOffGround | null = isStrikeOffGround(input.ground) ? input.ground : null;
  const noticeDate = checkNoticeDate(input.noticeDate);
  return act(staff, reference, 'strike-off', input.idempotencyKey, async (client, dossier, key) => {
    if (!ground) return 'groundMissing';
    if ('refusal' in checked) return checked.refusal;
    if (!noticeDate) return 'noticeDateInvalid';
    if (dossier.status === 'struck-off') return 'struckOff';
    if (ground === 'no-reaction' && !(await reminderPassed(client, dossier.id, todayInBelgium()))) {
      return 'reminderNotPassed';
    }
    const actId = await insertAct(client, {
      dossierId: dossier.id,
      kind: 'strike-off',
      staff,
      reason: checked.reason,
      key,
    });
    if (!actId) return 'repeat';
    await insertStrikeOff(client, { dossierId: dossier.id, actId, ground, noticeDate, company: staff.company });
    await client.query(`UPDATE dossiers SET status = 'struck-off', updated_at = now() WHERE id = $1`, [dossier.id]);
    await client.query(
      `INSERT INTO letters (id, dossier_id, kind, sent_on, deadline) VALUES (gen_random_uuid(), $1, 'struck-off', $2, $3)`,
      [dossier.id, noticeDate, addDays(noticeDate, APPEAL_DAYS)],
    );
    return null;
  });
}

async function reminderPassed(client: pg.PoolClient, dossierId: string, today: string): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM letters WHERE dossier_id = $1 AND kind = 'reminder' AND deadline < $2::date`,
    [dossierId, today],
  );
  return rows.length > 0;
}

/** The candidate contested the strike-off with the supervisor: the date it was sent, for the report. */
export async function recordAppeal(
  staff: StaffSession,
  reference: string,
  input: { reason: string | undefined; contestedOn: string | undefined; idempotencyKey: string },
): Promise<ActResult> {
  const checked = checkReason(input.reason);
  return act(staff, reference, 'appeal', input.idempotencyKey, async (client, dossier, key) => {
    if ('refusal' in checked) return checked.refusal;
    const struck = await strikeOffOf(client, dossier.id);
    if (!struck) return 'notStruckOff';
    if (struck.contestedOn) return 'alreadyContested';
    const date = parseDate(input.contestedOn ?? '');
    if (date === 'invalid' || date === 'impossible' || date < struck.noticeDate || date > todayInBelgium()) {
      return 'contestedDateInvalid';
    }
    if (!(await insertAct(client, { dossierId: dossier.id, kind: 'appeal', staff, reason: checked.reason, key }))) {
      return 'repeat';
    }
    await recordContest(client, dossier.id, date);
    return null;
  });
}
