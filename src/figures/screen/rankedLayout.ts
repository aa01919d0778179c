/** A ranked chart's row height on screen in px: the name and the value fit at 13–14 px type. */
export const RANKED_ROW_PX = 26;

/** The height a ranked chart of `categories` bars takes on screen. */
export function rankedHeight(categories: number): number {
  return Math.max(120, categories * RANKED_ROW_PX + 48);
}
