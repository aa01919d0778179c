import type { DatasetProblem } from '../model/datasetError';

/** How a text file's bytes were read, in the words the preview shows. */
export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (head.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  head.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  });
  // Latin text in UTF-16 has a zero in every other byte, and almost none in the others.
  const half = head.length / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file as Excel and other programs write it: UTF-8 with or
 * without a BOM ("CSV UTF-8"), UTF-16 with or without one ("Unicode Text"),
 * and, where the bytes are not UTF-8, Windows-1252, which Excel's plain
 * "CSV (Comma delimited)" writes on Western-language systems. Binary data is
 * refused with what to save instead.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): DecodedText | DatasetProblem {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const utf16 = bom16 ?? (bytes.subarray(0, 8192).includes(0) ? utf16Without(bytes) : null);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-16' };
    } catch {
      return { path: fileName, message: 'the file starts as UTF-16 text but is not valid UTF-16; in Excel, save it as "CSV UTF-8 (Comma delimited)" and try again' };
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return {
      path: fileName,
      message: 'the file is not text (it contains binary data); expected a JSON, CSV or Excel workbook (.xlsx) file. In Excel, save it as "CSV UTF-8 (Comma delimited)" or "Excel Workbook (.xlsx)"',
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: the bytes of Excel's default CSV on a Western-language system.
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

// Windows-1252's 0x80–0x9F, where it differs from Latin-1 (undefined bytes stay as they are, and are later dropped as controls).
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 by table: some engines' TextDecoder treats the label as Latin-1 and loses ’ “ ” – €. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? (HIGH.charCodeAt(b - 0x80)) : b)));
  }
  return text;
}
