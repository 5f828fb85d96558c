import type { FileKind, RefusalReason } from '../model/kinds';

/** What the checks make of a file: what to keep of it (maybe re-encoded), or why it is refused. */
export type CheckResult =
  | { ok: true; fileKind: FileKind; contentType: string; bytes: Uint8Array; extension: string }
  | { ok: false; reason: RefusalReason };

/** The refusal as a CheckResult. */
export const refused = (reason: RefusalReason): CheckResult => ({ ok: false, reason });
