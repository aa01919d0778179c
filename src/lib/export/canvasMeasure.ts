import { EXPORT_FONT_FILES } from './embeddedFonts';
import type { MeasureText } from './textMeasure';
import { estimateTextWidth } from './textMeasure';

/** The family the measure registers the embedded fonts under, apart from the page's own fonts. */
const MEASURE_FAMILY = 'CWD Export Sans';

let registered: Promise<boolean> | null = null;

/** Registers the very font files an export embeds (from this site, as the page's policy allows), so that what is measured is what is drawn. */
function register(): Promise<boolean> {
  registered ??= Promise.all(
    EXPORT_FONT_FILES.map(async (f) => {
      const face = new FontFace(MEASURE_FAMILY, `url(${f.url})`, { weight: String(f.weight), style: 'normal' });
      document.fonts.add(await face.load());
    }),
  ).then(
    () => true,
    () => {
      registered = null;
      return false;
    },
  );
  return registered;
}

/**
 * Measures text with the browser's own font engine, in the fonts the export embeds (registered under a
 * family of their own: the page's fonts may be cut to the page's own characters), so wrapping in the
 * image matches what is drawn. Without them, the estimate.
 */
export async function createCanvasMeasure(): Promise<MeasureText> {
  if (!('fonts' in document) || typeof FontFace === 'undefined') return estimateTextWidth;
  if (!(await register())) return estimateTextWidth;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, fontSize, weight = 400) => {
    context.font = `${weight} ${fontSize}px "${MEASURE_FAMILY}"`;
    return context.measureText(text).width;
  };
}
