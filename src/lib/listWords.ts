/** Names joined as a sentence writes them: "A", "A and B", "A, B and C". */
export function inASentence(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as prose writes it: one to nine in words, 10 and up in figures. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? (SMALL[n] ?? String(n)) : n.toLocaleString('en-US');
}
