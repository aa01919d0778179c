/**
 * Draws an SVG string onto a canvas at a scale and returns a PNG. The SVG is
 * drawn as a vector at the target size, so text stays crisp at 2× and 3×.
 * Browser only.
 */
export async function rasterizeSvg(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url, width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    // toDataURL, not toBlob: Chromium runs toBlob's encoder in idle time,
    // which right after a click waited about a second here; the synchronous
    // encode takes about 50 ms at 2×.
    return dataUrlToBlob(canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(width, height);
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('The browser could not draw the composed SVG.'));
    };
    image.src = url;
  });
}

/** Decodes a base64 data: URL into a Blob without fetch (which a strict CSP may block for data:). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(dataUrl);
  if (!match?.[1] || match[2] === undefined) throw new Error('The browser returned an image in an unexpected form.');
  const binary = atob(match[2]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}
