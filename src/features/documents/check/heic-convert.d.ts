// heic-convert ships no types; this is the part used here (see its README).
declare module 'heic-convert' {
  interface ConvertOptions {
    buffer: Uint8Array | ArrayBuffer;
    format: 'JPEG' | 'PNG';
    /** Between 0 and 1 (JPEG only). */
    quality?: number;
  }
  /** Decodes the main image of a HEIC/HEIF file (libheif in WebAssembly) and encodes it as JPEG or PNG. */
  function convert(options: ConvertOptions): Promise<Uint8Array>;
  export default convert;
}
