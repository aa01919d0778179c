import regularUrl from '../fonts/public-sans-latin-400-normal.woff2?url';
import boldUrl from '../fonts/public-sans-latin-700-normal.woff2?url';

/** The font files exports embed, by weight: the same files the measure registers (src/lib/export/canvasMeasure.ts). */
export const EXPORT_FONT_FILES = [
  { weight: 400, url: regularUrl },
  { weight: 700, url: boldUrl },
] as const;

/** A font embedded in an exported SVG. */
export interface FontFace {
  family: string;
  weight: 400 | 700;
  /** data: URL of the font file, so the SVG needs nothing from outside. */
  dataUrl: string;
}

async function toDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the font for the image (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

let cached: Promise<FontFace[]> | null = null;

/**
 * Public Sans, the page's own self-hosted font, as data URLs for embedding in
 * exported SVGs: an SVG drawn as an image cannot load fonts from outside.
 */
export function loadEmbeddedFonts(): Promise<FontFace[]> {
  cached ??= Promise.all([toDataUrl(regularUrl), toDataUrl(boldUrl)])
    .then(([regular, bold]): FontFace[] => [
      { family: 'Public Sans', weight: 400, dataUrl: regular },
      { family: 'Public Sans', weight: 700, dataUrl: bold },
    ])
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
