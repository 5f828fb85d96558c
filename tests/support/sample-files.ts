import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/** A phone photo of about 4 MB: 4000×3000 of soft shapes with grain, as a camera makes them. */
export async function phonePhoto(): Promise<Buffer> {
  const [width, height] = [4000, 3000];
  const shapes = await sharp(randomBytes((width / 4) * (height / 4) * 3), {
    raw: { width: width / 4, height: height / 4, channels: 3 },
  })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = randomBytes(shapes.length);
  for (let i = 0; i < shapes.length; i++) shapes[i] = Math.max(0, Math.min(255, shapes[i]! + (grain[i]! % 24) - 12));
  return sharp(shapes, { raw: { width, height, channels: 3 } })
    .blur(2)
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** A scanned page as a PDF of about 2.5 MB (a picture that does not compress), sent as it is. */
export async function scannedPdf(): Promise<Buffer> {
  const noise = await sharp(randomBytes(900 * 900 * 3), { raw: { width: 900, height: 900, channels: 3 } })
    .png()
    .toBuffer();
  const pdf = await PDFDocument.create();
  pdf.addPage().drawImage(await pdf.embedPng(noise), { x: 0, y: 0, width: 500, height: 500 });
  return Buffer.from(await pdf.save());
}
