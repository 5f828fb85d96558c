import { checkImage } from './image';
import { extensionFits } from './extension';
import { detectKind } from './kind';
import { checkPdf } from './pdf';
import { refused, type CheckResult } from './result';

/**
 * Whether a sent file is taken, and what is kept of it: its kind decided by its own bytes (JPEG,
 * PNG, HEIC, TIFF or PDF) and agreeing with its name's extension; photos and scans re-encoded
 * upright, scaled down and without metadata (HEIC becomes JPEG); PDFs kept as they are when
 * readable, not encrypted and without active content.
 */
export async function checkFile(input: { bytes: Uint8Array; name: string }): Promise<CheckResult> {
  const kind = await detectKind(input.bytes);
  if (!kind) return refused('kindNotAccepted');
  if (!extensionFits(kind, input.name)) return refused('extensionMismatch');
  return kind === 'pdf' ? checkPdf(input.bytes) : checkImage(input.bytes, kind);
}
