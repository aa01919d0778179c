/**
 * Calls `callback` once the browser has drawn its next frame: the frame
 * callback runs before that frame is drawn, the timeout after it. Returns a
 * function that cancels the call.
 */
export function afterNextFrame(callback: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
