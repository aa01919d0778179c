/** Why copying failed, in words a person can act on. */
export class ClipboardUnavailableError extends Error {
  override name = 'ClipboardUnavailableError';
}

export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && 'clipboard' in navigator && 'write' in navigator.clipboard;
}

/**
 * Copies a PNG to the clipboard where the browser allows it. Takes a function
 * that makes the PNG, so nothing is drawn when copying cannot work, and the
 * clipboard gets its promise at once (Safari needs that to keep the click).
 */
export async function copyPng(makePng: () => Promise<Blob>): Promise<void> {
  if (!canCopyImages()) {
    throw new ClipboardUnavailableError('This browser does not let web pages copy images. Use “Download PNG” instead.');
  }
  const png = makePng();
  // A failed drawing also fails write() below, which reports it; this keeps it from being reported twice as unhandled.
  png.catch(() => undefined);
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClipboardUnavailableError(`The browser did not allow copying the image (${reason}). Use “Download PNG” instead.`);
  }
}

/** Copies text (a link) to the clipboard. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClipboardUnavailableError(`The browser did not allow copying (${reason}). Copy the address from the address bar instead.`);
  }
}
