import type { DocumentKind, RefusalReason } from './kinds';
import type { DocumentStatus } from './types';

// Every key is written out, so the translation check can see that it is used.

/** What a file proves, as a person reads it (the Dutch word beside it in other languages). */
export const KIND_LABELS: Record<DocumentKind, string> = {
  'tax-assessment': 'documents.kind.tax-assessment',
  'income-proof': 'documents.kind.income-proof',
  'disability-certificate': 'documents.kind.disability-certificate',
  'residence-papers': 'documents.kind.residence-papers',
  'benefit-certificate': 'documents.kind.benefit-certificate',
  'proxy-form': 'documents.kind.proxy-form',
  other: 'documents.kind.other',
};

/** Where a sent file stands, in words (never a colour alone). */
export const STATUS_LABELS: Record<DocumentStatus, string> = {
  quarantined: 'documents.status.quarantined',
  received: 'documents.status.received',
  checked: 'documents.status.checked',
};

/** Why a file was not taken and what to do now, one text per refusal. */
export const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  noFile: 'documents.error.noFile',
  kindMissing: 'documents.error.kindMissing',
  empty: 'documents.error.empty',
  tooBig: 'documents.error.tooBig',
  kindNotAccepted: 'documents.error.kindNotAccepted',
  extensionMismatch: 'documents.error.extensionMismatch',
  damaged: 'documents.error.damaged',
  tooManyPixels: 'documents.error.tooManyPixels',
  pdfEncrypted: 'documents.error.pdfEncrypted',
  pdfActiveContent: 'documents.error.pdfActiveContent',
  infected: 'documents.error.infected',
  tooManyFiles: 'documents.error.tooManyFiles',
  dossierFull: 'documents.error.dossierFull',
  alreadyConfirmed: 'documents.error.alreadyConfirmed',
  scannerDown: 'documents.error.scannerDown',
};
