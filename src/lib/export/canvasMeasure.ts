import type { MeasureText } from './textMeasure';
import { estimateTextWidth } from './textMeasure';

/**
 * Measures text with the browser's own font engine once Public Sans has
 * loaded, so wrapping in the image matches what is drawn.
 */
export async function createCanvasMeasure(): Promise<MeasureText> {
  if (!('fonts' in document)) return estimateTextWidth;
  await Promise.all([document.fonts.load('400 16px "Public Sans"'), document.fonts.load('700 16px "Public Sans"')]);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, fontSize, weight = 400) => {
    context.font = `${weight} ${fontSize}px "Public Sans", Arial, sans-serif`;
    return context.measureText(text).width;
  };
}
