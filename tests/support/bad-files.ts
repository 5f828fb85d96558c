import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import sharp from 'sharp';
import type { RefusalReason } from '../../src/features/documents/model/kinds';
import { handExe, handPdf, handPng, handZip, ONE_PAGE } from './files-by-hand';

/**
 * The corpus of the upload checks, built in code: files a person could send (on purpose or
 * not) that must be refused, each with the reason, and files that must be taken.
 */

export interface BadFile {
  label: string;
  name: string;
  bytes: Uint8Array;
  reason: RefusalReason;
}

export interface GoodFile {
  label: string;
  name: string;
  bytes: Uint8Array;
}

const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

/** A photo-like picture (a gradient and some noise) of the given size, as sharp would encode it. */
function picture(width: number, height: number, sigma = 20) {
  return sharp({
    create: { width, height, channels: 3, background: '#8aa4c8', noise: { type: 'gaussian', mean: 140, sigma } },
  });
}

const jpeg = async (width: number, height: number) => new Uint8Array(await picture(width, height).jpeg().toBuffer());
const png = async (width: number, height: number) => new Uint8Array(await picture(width, height).png().toBuffer());

async function onePagePdf(change?: (pdf: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Aanslagbiljet personenbelasting 2025', { x: 50, y: 780, size: 14 });
  await change?.(pdf);
  return pdf.save();
}

/** A PDF whose catalog runs an action when it is opened. */
type Action = Record<string, string | number | PDFObject | (number | PDFObject)[]>;
const openAction = (action: Action) =>
  onePagePdf((pdf) => {
    pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj(action));
  });

/** A PDF with a button that sends the form to a web address when pressed. */
const submitButton = () =>
  onePagePdf((pdf) => {
    const page = pdf.getPage(0);
    const widget = pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Btn',
      Rect: [50, 700, 200, 730],
      T: PDFString.of('send'),
      A: { S: 'SubmitForm', F: PDFString.of('https://example.invalid/collect') },
    });
    page.node.set(PDFName.of('Annots'), pdf.context.obj([pdf.context.register(widget)]));
  });

/** A PDF whose Standard security handler entry says it is encrypted (the values need not open it). */
const encryptedPdf = () =>
  handPdf(
    [...ONE_PAGE, '<< /Filter /Standard /V 1 /R 2 /O <' + 'ab'.repeat(32) + '> /U <' + 'cd'.repeat(32) + '> /P -44 >>'],
    `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
  );

/** A PNG with one byte of its image data changed, so the IDAT checksum no longer agrees. */
function brokenCrc(bytes: Uint8Array): Uint8Array {
  const copy = Buffer.from(bytes);
  const idat = copy.indexOf('IDAT', 0, 'latin1');
  copy[idat + 20] = copy[idat + 20]! ^ 0xff;
  return new Uint8Array(copy);
}

/** Every file that must be refused, with the reason it must get. */
export async function badFiles(): Promise<BadFile[]> {
  const photo = await jpeg(1200, 900);
  const picturePng = await png(400, 300);
  const pdf = await onePagePdf();
  const gif = new Uint8Array(await picture(40, 30).gif().toBuffer());
  return [
    { label: 'a Windows program named .pdf', name: 'aanslag.pdf', bytes: handExe(), reason: 'kindNotAccepted' },
    {
      label: 'a web page named .jpg',
      name: 'foto.jpg',
      bytes: text('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      reason: 'kindNotAccepted',
    },
    {
      label: 'an SVG with a script',
      name: 'scan.svg',
      bytes: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'),
      reason: 'kindNotAccepted',
    },
    { label: 'a GIF', name: 'bewijs.gif', bytes: gif, reason: 'kindNotAccepted' },
    { label: 'a ZIP named .pdf', name: 'loon.pdf', bytes: handZip('loon.pdf', 'not a pdf'), reason: 'kindNotAccepted' },
    { label: 'a PNG named .pdf', name: 'attest.pdf', bytes: picturePng, reason: 'extensionMismatch' },
    { label: 'a PDF named .jpg', name: 'foto.jpg', bytes: pdf, reason: 'extensionMismatch' },
    {
      label: 'an .exe behind a right-to-left override',
      name: 'invoice\u202Efdp.exe',
      bytes: pdf,
      reason: 'extensionMismatch',
    },
    { label: 'a JPEG cut off halfway', name: 'foto.jpg', bytes: photo.slice(0, photo.length / 2), reason: 'damaged' },
    { label: 'a PNG with a broken IDAT checksum', name: 'scan.png', bytes: brokenCrc(picturePng), reason: 'damaged' },
    { label: 'a PDF cut off at a third', name: 'attest.pdf', bytes: pdf.slice(0, pdf.length / 3), reason: 'damaged' },
    {
      label: 'a PDF without pages',
      name: 'leeg.pdf',
      bytes: await PDFDocument.create().then((d) => d.save({ addDefaultPage: false })),
      reason: 'damaged',
    },
    {
      label: 'a 10000 × 10000 PNG of one colour',
      name: 'bom.png',
      bytes: handPng(10_000, 10_000),
      reason: 'tooManyPixels',
    },
    { label: 'an encrypted PDF', name: 'beveiligd.pdf', bytes: encryptedPdf(), reason: 'pdfEncrypted' },
    {
      label: 'a PDF running JavaScript when opened',
      name: 'factuur.pdf',
      bytes: await openAction({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF starting a program',
      name: 'factuur.pdf',
      bytes: await openAction({ Type: 'Action', S: 'Launch', F: PDFString.of('cmd.exe') }),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF carrying an embedded file',
      name: 'bijlage.pdf',
      bytes: await onePagePdf((doc) => doc.attach(handExe(), 'setup.exe', { mimeType: 'application/octet-stream' })),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF with a SubmitForm button',
      name: 'formulier.pdf',
      bytes: await submitButton(),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF opening another document',
      name: 'link.pdf',
      bytes: await openAction({ S: 'GoToR', F: PDFString.of('other.pdf'), D: [0, PDFName.of('Fit')] }),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF with /J#61vaScript and a lower-case /#4a#53',
      name: 'verborgen.pdf',
      bytes: handPdf([
        '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
        ...ONE_PAGE.slice(1),
        '<< /S /J#61vaScript /#4a#53 (app.alert\\(1\\)) >>',
      ]),
      reason: 'pdfActiveContent',
    },
    {
      label: 'a PDF with a JavaScript action in an object pdf-lib cannot read',
      name: 'kapot.pdf',
      bytes: handPdf([...ONE_PAGE, '<< /S /JavaScript /JS (app.alert\\(1\\)) ] >>']),
      reason: 'pdfActiveContent',
    },
  ];
}

/** The HEIC photo made once with libheif's heif-enc (tests/fixtures/files/photo.heic, 640 × 480). */
export const readHeicPhoto = async () =>
  new Uint8Array(await readFile(new URL('../fixtures/files/photo.heic', import.meta.url)));

/** A JPEG as a phone takes it: lying on its side (EXIF orientation 6), with the place (GPS). */
async function phonePhoto(): Promise<Uint8Array> {
  const exif = {
    IFD0: { Make: 'Phone', Model: 'Old phone' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 13/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 24/1 0/1' },
  };
  return new Uint8Array(await picture(1600, 1200).jpeg().withExif(exif).withMetadata({ orientation: 6 }).toBuffer());
}

/** A 4000 × 3000 photo of about 4 MB, the most the plain form takes. */
export const bigPhoto = async () => new Uint8Array(await picture(4000, 3000, 14).jpeg({ quality: 90 }).toBuffer());

/** Every file that must be taken. */
export async function goodFiles(): Promise<GoodFile[]> {
  return [
    { label: 'a phone photo with EXIF and GPS', name: 'IMG_2041.JPG', bytes: await phonePhoto() },
    { label: 'a 4000 × 3000 JPEG', name: 'scan.jpeg', bytes: await bigPhoto() },
    { label: 'a PNG', name: 'schermafbeelding.png', bytes: await png(800, 600) },
    { label: 'a TIFF', name: 'scan.tif', bytes: new Uint8Array(await picture(1000, 1400).tiff().toBuffer()) },
    { label: 'a one-page PDF', name: 'aanslagbiljet 2025.pdf', bytes: await onePagePdf() },
    { label: 'a HEIC photo', name: 'IMG_0001.HEIC', bytes: await readHeicPhoto() },
    { label: 'a photo without an extension', name: 'image', bytes: await jpeg(640, 480) },
  ];
}
