import convertHeic from 'heic-convert';
import sharp from 'sharp';
import { FILE_KINDS, type FileKind } from '../model/kinds';
import { IMAGE_LONGEST_SIDE, PIXEL_LIMIT } from '../model/limits';
import { heicPixels } from './heic-pixels';
import { refused, type CheckResult } from './result';

type ImageKind = Exclude<FileKind, 'pdf'>;

/** sharp's words when an image is larger than limitInputPixels. */
const PIXEL_LIMIT_ERROR = /pixel limit/i;

/** The JPEG kept of a photo: good enough to read a document, small enough for an old phone. */
const JPEG_QUALITY = 85;
const HEIC_QUALITY = 0.9;

/** sharp does not decode HEIC here (its prebuilt libvips has no HEVC): libheif in WebAssembly does. */
async function heicToJpeg(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await convertHeic({ buffer: bytes, format: 'JPEG', quality: HEIC_QUALITY });
  } catch {
    return null;
  }
}

/** Width times height as the file's header says, or null when sharp cannot read the header. */
async function claimedPixels(bytes: Uint8Array): Promise<number | null> {
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    return width * height;
  } catch {
    return null;
  }
}

/**
 * Upright, at most IMAGE_LONGEST_SIDE on its longest side (never enlarged), the first page of a
 * TIFF, without any metadata (no EXIF, GPS, ICC profile or comments: sharp keeps none unless
 * asked): PNG stays PNG, everything else becomes JPEG on white.
 */
async function reencode(bytes: Uint8Array, png: boolean): Promise<Uint8Array> {
  const image = sharp(bytes, { limitInputPixels: PIXEL_LIMIT, page: 0, pages: 1 })
    .rotate()
    .resize({ width: IMAGE_LONGEST_SIDE, height: IMAGE_LONGEST_SIDE, fit: 'inside', withoutEnlargement: true });
  const encoded = png
    ? image.png()
    : image.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY, mozjpeg: false });
  return new Uint8Array(await encoded.toBuffer());
}

/**
 * A photo or scan the person sent, made safe to keep and show: refused when it unpacks to more
 * than PIXEL_LIMIT pixels (checked before decoding) or cannot be decoded (cut off, corrupt);
 * else re-encoded upright, scaled down and without metadata such as the place it was taken.
 */
export async function checkImage(bytes: Uint8Array, kind: ImageKind): Promise<CheckResult> {
  let input = bytes;
  if (kind === 'heic') {
    if (heicPixels(bytes) > PIXEL_LIMIT) return refused('tooManyPixels');
    const jpeg = await heicToJpeg(bytes);
    if (!jpeg) return refused('damaged');
    input = jpeg;
  }
  const pixels = await claimedPixels(input);
  if (pixels === null) return refused('damaged');
  if (pixels > PIXEL_LIMIT) return refused('tooManyPixels');
  const png = kind === 'png';
  try {
    const output = await reencode(input, png);
    const type = png ? FILE_KINDS.png : FILE_KINDS.jpeg;
    return { ok: true, fileKind: kind, contentType: type.mime, bytes: output, extension: type.extensions[0] };
  } catch (error) {
    return refused(error instanceof Error && PIXEL_LIMIT_ERROR.test(error.message) ? 'tooManyPixels' : 'damaged');
  }
}
