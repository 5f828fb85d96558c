/** The file kinds accepted, decided by a file's own bytes; its name's extension must agree. */
export const FILE_KINDS = {
  jpeg: { extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg' },
  png: { extensions: ['.png'], mime: 'image/png' },
  heic: { extensions: ['.heic', '.heif'], mime: 'image/heic' },
  tiff: { extensions: ['.tif', '.tiff'], mime: 'image/tiff' },
  pdf: { extensions: ['.pdf'], mime: 'application/pdf' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/**
 * What the file input offers. HEIC is left out on purpose: an iPhone then hands over its photo
 * as JPEG. A HEIC file that comes anyway (from a computer) is still taken and converted.
 */
export const ACCEPT = (['jpeg', 'png', 'tiff', 'pdf'] as const)
  .flatMap((kind) => [FILE_KINDS[kind].mime, ...FILE_KINDS[kind].extensions])
  .join(',');

/** What a housing company can ask for; every file proves one of these. */
export const DOCUMENT_KINDS = [
  'tax-assessment',
  'income-proof',
  'disability-certificate',
  'residence-papers',
  'benefit-certificate',
  'proxy-form',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);

/** Why a file is not taken; each has a message `documents.error.<reason>` in every language. */
export const REFUSAL_REASONS = [
  'noFile',
  'kindMissing',
  'empty',
  'tooBig',
  'kindNotAccepted',
  'extensionMismatch',
  'damaged',
  'tooManyPixels',
  'pdfEncrypted',
  'pdfActiveContent',
  'infected',
  'tooManyFiles',
  'dossierFull',
  'alreadyConfirmed',
  'scannerDown',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
