import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { badFiles, bigPhoto, goodFiles, type BadFile, type GoodFile } from '../../../../tests/support/bad-files';
import { IMAGE_LONGEST_SIDE } from '../model/limits';
import { checkFile } from './index';

let bad: BadFile[] = [];
let good: GoodFile[] = [];

beforeAll(async () => {
  [bad, good] = await Promise.all([badFiles(), goodFiles()]);
});

describe('checkFile takes what a person should be able to send', () => {
  it('takes every good file, images re-encoded without metadata and at most 2000 pixels long', async () => {
    expect(good.length).toBeGreaterThanOrEqual(6);
    for (const file of good) {
      const result = await checkFile(file);
      expect(result, file.label).toMatchObject({ ok: true });
      if (!result.ok) continue;
      if (result.fileKind === 'pdf') {
        expect(result, file.label).toMatchObject({ contentType: 'application/pdf', extension: '.pdf' });
        expect(result.bytes, file.label).toEqual(file.bytes);
        continue;
      }
      const meta = await sharp(result.bytes).metadata();
      expect(meta.exif, file.label).toBeUndefined();
      expect(meta.icc, file.label).toBeUndefined();
      expect(meta.xmp, file.label).toBeUndefined();
      expect(Math.max(meta.width, meta.height), file.label).toBeLessThanOrEqual(IMAGE_LONGEST_SIDE);
      const expected = result.fileKind === 'png' ? ['png', 'image/png', '.png'] : ['jpeg', 'image/jpeg', '.jpg'];
      expect([meta.format, result.contentType, result.extension], file.label).toEqual(expected);
    }
  });

  it('turns a photo taken on its side upright and drops its GPS position', async () => {
    const photo = good.find((file) => file.label.includes('GPS'))!;
    expect((await sharp(photo.bytes).metadata()).exif).toBeDefined();
    const result = await checkFile(photo);
    if (!result.ok) throw new Error(result.reason);
    const meta = await sharp(result.bytes).metadata();
    // 1600 × 1200 with orientation 6 is a portrait photo.
    expect([meta.width, meta.height, meta.orientation, meta.exif]).toEqual([1200, 1600, undefined, undefined]);
    expect(Buffer.from(result.bytes).includes('GPS')).toBe(false);
  });

  it('turns a HEIC photo into a JPEG of the same size', async () => {
    const heic = good.find((file) => file.label.includes('HEIC'))!;
    expect(heic.bytes.byteLength).toBeLessThan(100_000);
    const result = await checkFile(heic);
    expect(result).toMatchObject({ ok: true, fileKind: 'heic', contentType: 'image/jpeg', extension: '.jpg' });
    if (result.ok) expect(await sharp(result.bytes).metadata()).toMatchObject({ width: 640, height: 480 });
  });

  it('checks a 4 MB photo in well under a second', async () => {
    const photo = await bigPhoto();
    expect(photo.byteLength).toBeGreaterThan(3.5 * 1024 * 1024);
    await checkFile({ bytes: photo, name: 'warm-up.jpg' });
    const started = performance.now();
    const result = await checkFile({ bytes: photo, name: 'scan.jpg' });
    const took = performance.now() - started;
    const size = (photo.byteLength / 1024 / 1024).toFixed(1);
    process.stdout.write(`checkFile of a ${size} MB 4000 × 3000 JPEG: ${took.toFixed(0)} ms\n`);
    expect(result.ok).toBe(true);
    expect(took).toBeLessThan(1000);
  });
});

describe('checkFile refuses what it must not keep, each for its own reason', () => {
  it('gives every bad file exactly its reason', async () => {
    expect(bad.length).toBeGreaterThanOrEqual(20);
    const outcomes = await Promise.all(bad.map(async (file) => [file.label, await checkFile(file)] as const));
    expect(Object.fromEntries(outcomes)).toEqual(
      Object.fromEntries(bad.map((file) => [file.label, { ok: false, reason: file.reason }])),
    );
  });

  it('refuses a PDF named without an extension only for its content, not its name', async () => {
    const pdf = bad.find((file) => file.label.includes('JavaScript when opened'))!;
    expect(await checkFile({ bytes: pdf.bytes, name: 'document' })).toEqual({ ok: false, reason: 'pdfActiveContent' });
  });

  it('does not take /JSomething for /JS', async () => {
    const { handPdf, ONE_PAGE } = await import('../../../../tests/support/files-by-hand');
    const bytes = handPdf([...ONE_PAGE, '<< /JSomething /Launcher /XFAform /EmbeddedFilesX /JS#41 >>']);
    expect(await checkFile({ bytes, name: 'gewoon.pdf' })).toMatchObject({ ok: true });
  });
});
